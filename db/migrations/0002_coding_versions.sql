CREATE TABLE `coding_versions` (
	`project_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Every change to a project's codings moves its version, whichever process or use case made it.
CREATE TRIGGER `codings_version_insert` AFTER INSERT ON `codings` BEGIN
	INSERT INTO `coding_versions` (`project_id`, `version`) VALUES (new.`project_id`, 1)
		ON CONFLICT (`project_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `codings_version_update` AFTER UPDATE ON `codings` BEGIN
	INSERT INTO `coding_versions` (`project_id`, `version`) VALUES (new.`project_id`, 1)
		ON CONFLICT (`project_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `codings_version_delete` AFTER DELETE ON `codings` BEGIN
	INSERT INTO `coding_versions` (`project_id`, `version`) VALUES (old.`project_id`, 1)
		ON CONFLICT (`project_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
-- Projects that already have codings start from version 1.
INSERT INTO `coding_versions` (`project_id`, `version`) SELECT DISTINCT `project_id`, 1 FROM `codings`;
