CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`respondent_id` integer NOT NULL,
	`position` integer NOT NULL,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`respondent_id`) REFERENCES `respondents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "answers_offsets_valid" CHECK("answers"."start_offset" >= 0 and "answers"."end_offset" > "answers"."start_offset")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answers_document_respondent_unique` ON `answers` (`document_id`,`respondent_id`);--> statement-breakpoint
CREATE TABLE `attributes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attributes_project_name_unique` ON `attributes` (`project_id`,`name`);--> statement-breakpoint
CREATE TABLE `code_metric_links` (
	`code_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`polarity` text NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`code_id`, `metric_id`),
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "code_metric_links_polarity_valid" CHECK("code_metric_links"."polarity" in ('concern','strength','mixed'))
);
--> statement-breakpoint
CREATE TABLE `codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`colour` text DEFAULT '#495057' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`inclusion` text DEFAULT '' NOT NULL,
	`exclusion` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`,`project_id`) REFERENCES `codes`(`id`,`project_id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "codes_colour_hex" CHECK("codes"."colour" glob '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
	CONSTRAINT "codes_not_own_parent" CHECK("codes"."parent_id" is null or "codes"."parent_id" <> "codes"."id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codes_id_project_unique` ON `codes` (`id`,`project_id`);--> statement-breakpoint
CREATE INDEX `codes_project_parent_idx` ON `codes` (`project_id`,`parent_id`);--> statement-breakpoint
CREATE TABLE `codings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`segment_id` integer NOT NULL,
	`code_id` integer NOT NULL,
	`coder_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`coder_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`segment_id`,`project_id`) REFERENCES `segments`(`id`,`project_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`,`project_id`) REFERENCES `codes`(`id`,`project_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codings_segment_code_coder_unique` ON `codings` (`segment_id`,`code_id`,`coder_id`);--> statement-breakpoint
CREATE INDEX `codings_code_idx` ON `codings` (`code_id`);--> statement-breakpoint
CREATE INDEX `codings_project_idx` ON `codings` (`project_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`wave_id` integer,
	`question_id` integer,
	`group_type` text,
	`held_on` text,
	`source_filename` text,
	`source_format` text,
	`text_length` integer NOT NULL,
	`import_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wave_id`) REFERENCES `waves`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "documents_kind_valid" CHECK("documents"."kind" in ('transcript','question')),
	CONSTRAINT "documents_text_length_valid" CHECK("documents"."text_length" >= 0),
	CONSTRAINT "documents_question_has_question" CHECK("documents"."kind" <> 'question' or "documents"."question_id" is not null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_id_project_unique` ON `documents` (`id`,`project_id`);--> statement-breakpoint
CREATE INDEX `documents_project_kind_idx` ON `documents` (`project_id`,`kind`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer,
	`user_id` integer,
	`action` text NOT NULL,
	`target_type` text,
	`target_id` integer,
	`detail` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_project_created_idx` ON `events` (`project_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`filename` text NOT NULL,
	`stored_path` text NOT NULL,
	`byte_size` integer NOT NULL,
	`status` text DEFAULT 'uploaded' NOT NULL,
	`progress` real DEFAULT 0 NOT NULL,
	`message` text,
	`preview` text,
	`options` text,
	`summary` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imports_project_idx` ON `imports` (`project_id`);--> statement-breakpoint
CREATE TABLE `likert_answers` (
	`respondent_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`item_id`, `respondent_id`),
	FOREIGN KEY (`respondent_id`) REFERENCES `respondents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `likert_items`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "likert_answers_range" CHECK("likert_answers"."value" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE `likert_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`label` text NOT NULL,
	`metric_key` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `likert_items_project_label_unique` ON `likert_items` (`project_id`,`label`);--> statement-breakpoint
CREATE TABLE `login_throttles` (
	`email` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`last_failure_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `members` (
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "members_role_valid" CHECK("members"."role" in ('owner','researcher','lead','author','viewer'))
);
--> statement-breakpoint
CREATE INDEX `members_user_idx` ON `members` (`user_id`);--> statement-breakpoint
CREATE TABLE `memos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`target` text NOT NULL,
	`document_id` integer,
	`segment_id` integer,
	`code_id` integer,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memos_target_matches" CHECK(("memos"."target" = 'project') or ("memos"."target" = 'document' and "memos"."document_id" is not null) or ("memos"."target" = 'segment' and "memos"."segment_id" is not null) or ("memos"."target" = 'code' and "memos"."code_id" is not null))
);
--> statement-breakpoint
CREATE INDEX `memos_project_target_idx` ON `memos` (`project_id`,`target`);--> statement-breakpoint
CREATE TABLE `metric_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`metric_id` integer NOT NULL,
	`wave_from_id` integer NOT NULL,
	`wave_to_id` integer NOT NULL,
	`segment_dimension` text NOT NULL,
	`segment_value` text NOT NULL,
	`change` real NOT NULL,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wave_from_id`) REFERENCES `waves`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wave_to_id`) REFERENCES `waves`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metric_changes_unique` ON `metric_changes` (`metric_id`,`wave_from_id`,`wave_to_id`,`segment_dimension`,`segment_value`);--> statement-breakpoint
CREATE TABLE `metric_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`metric_id` integer NOT NULL,
	`wave_id` integer NOT NULL,
	`segment_dimension` text NOT NULL,
	`segment_value` text NOT NULL,
	`value` real NOT NULL,
	`n` integer,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wave_id`) REFERENCES `waves`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metric_values_unique` ON `metric_values` (`metric_id`,`wave_id`,`segment_dimension`,`segment_value`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`kind` text NOT NULL,
	`scale_min` real NOT NULL,
	`scale_max` real NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "metrics_scale_valid" CHECK("metrics"."scale_min" < "metrics"."scale_max")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_project_key_unique` ON `metrics` (`project_id`,`key`);--> statement-breakpoint
CREATE TABLE `participant_attributes` (
	`participant_id` integer NOT NULL,
	`attribute_id` integer NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`participant_id`, `attribute_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attribute_id`) REFERENCES `attributes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`wave_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wave_id`) REFERENCES `waves`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_project_name_unique` ON `participants` (`project_id`,`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `participants_id_project_unique` ON `participants` (`id`,`project_id`);--> statement-breakpoint
CREATE TABLE `project_settings` (
	`project_id` integer PRIMARY KEY NOT NULL,
	`suppression_threshold` integer DEFAULT 10 NOT NULL,
	`quote_k` integer DEFAULT 10 NOT NULL,
	`redaction_terms` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_settings_quote_k_min" CHECK("project_settings"."quote_k" >= 5),
	CONSTRAINT "project_settings_suppression_min" CHECK("project_settings"."suppression_threshold" >= 1)
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_slug_unique` ON `projects` (`slug`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questions_project_text_unique` ON `questions` (`project_id`,`text`);--> statement-breakpoint
CREATE TABLE `quote_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quote_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quote_comments_quote_idx` ON `quote_comments` (`quote_id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`segment_id` integer NOT NULL,
	`code_id` integer NOT NULL,
	`status` text DEFAULT 'candidate' NOT NULL,
	`wording` text NOT NULL,
	`review` text DEFAULT '{}' NOT NULL,
	`attribution_attributes` text DEFAULT '[]' NOT NULL,
	`attribution` text DEFAULT '' NOT NULL,
	`proposed_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`shortlisted_by` integer,
	`shortlisted_at` integer,
	`decided_by` integer,
	`decided_at` integer,
	`report_position` integer,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shortlisted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`segment_id`,`project_id`) REFERENCES `segments`(`id`,`project_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`,`project_id`) REFERENCES `codes`(`id`,`project_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "quotes_status_valid" CHECK("quotes"."status" in ('candidate','shortlisted','approved','rejected'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quotes_segment_code_unique` ON `quotes` (`segment_id`,`code_id`);--> statement-breakpoint
CREATE INDEX `quotes_project_status_idx` ON `quotes` (`project_id`,`status`);--> statement-breakpoint
CREATE TABLE `report_themes` (
	`project_id` integer NOT NULL,
	`code_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`project_id`, `code_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `respondent_attributes` (
	`respondent_id` integer NOT NULL,
	`attribute_id` integer NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`respondent_id`, `attribute_id`),
	FOREIGN KEY (`respondent_id`) REFERENCES `respondents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attribute_id`) REFERENCES `attributes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `respondents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`wave_id` integer NOT NULL,
	`external_id` text NOT NULL,
	`import_id` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wave_id`) REFERENCES `waves`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `respondents_project_wave_external_unique` ON `respondents` (`project_id`,`wave_id`,`external_id`);--> statement-breakpoint
CREATE TABLE `segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`document_id`,`project_id`) REFERENCES `documents`(`id`,`project_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "segments_offsets_valid" CHECK("segments"."start_offset" >= 0 and "segments"."end_offset" > "segments"."start_offset"),
	CONSTRAINT "segments_text_not_empty" CHECK(length("segments"."text") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `segments_document_range_unique` ON `segments` (`document_id`,`start_offset`,`end_offset`);--> statement-breakpoint
CREATE UNIQUE INDEX `segments_id_project_unique` ON `segments` (`id`,`project_id`);--> statement-breakpoint
CREATE TABLE `turns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`position` integer NOT NULL,
	`speaker` text,
	`participant_id` integer,
	`start_ms` integer,
	`end_ms` integer,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "turns_offsets_valid" CHECK("turns"."start_offset" >= 0 and "turns"."end_offset" >= "turns"."start_offset")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `turns_document_position_unique` ON `turns` (`document_id`,`position`);--> statement-breakpoint
CREATE INDEX `turns_participant_idx` ON `turns` (`participant_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `waves` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `waves_project_label_unique` ON `waves` (`project_id`,`label`);