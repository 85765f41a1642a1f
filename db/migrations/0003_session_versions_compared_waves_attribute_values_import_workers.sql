CREATE TABLE `attribute_values` (
	`attribute_id` integer NOT NULL,
	`value` text NOT NULL,
	`position` integer,
	`merged_into` text,
	PRIMARY KEY(`attribute_id`, `value`),
	FOREIGN KEY (`attribute_id`) REFERENCES `attributes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "attribute_values_not_self_merged" CHECK("attribute_values"."merged_into" is null or "attribute_values"."merged_into" <> "attribute_values"."value")
);
--> statement-breakpoint
ALTER TABLE `imports` ADD `worker_pid` integer;--> statement-breakpoint
ALTER TABLE `imports` ADD `worker_start_time` text;--> statement-breakpoint
ALTER TABLE `project_settings` ADD `baseline_wave_id` integer REFERENCES waves(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `project_settings` ADD `current_wave_id` integer REFERENCES waves(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `imported_from` text;