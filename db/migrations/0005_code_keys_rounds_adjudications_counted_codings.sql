CREATE TABLE `adjudications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`round_id` integer,
	`code_id` integer NOT NULL,
	`unit_type` text NOT NULL,
	`unit_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`start_offset` integer NOT NULL,
	`end_offset` integer NOT NULL,
	`decision` text NOT NULL,
	`chosen_coder_id` integer,
	`decided_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`chosen_coder_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "adjudications_decision_valid" CHECK("adjudications"."decision" in ('coder','both','neither','adjusted')),
	CONSTRAINT "adjudications_unit_type_valid" CHECK("adjudications"."unit_type" in ('answer','turn'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adjudications_unit_code_unique` ON `adjudications` (`project_id`,`code_id`,`unit_type`,`unit_id`);--> statement-breakpoint
CREATE INDEX `adjudications_document_idx` ON `adjudications` (`document_id`);--> statement-breakpoint
CREATE TABLE `code_keys` (
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`key` integer NOT NULL,
	`code_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`, `key`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "code_keys_key_digit" CHECK("code_keys"."key" between 1 and 9)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `code_keys_code_unique` ON `code_keys` (`project_id`,`user_id`,`code_id`);--> statement-breakpoint
CREATE TABLE `round_coders` (
	`round_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_coders_user_idx` ON `round_coders` (`user_id`);--> statement-breakpoint
CREATE TABLE `round_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`position` integer NOT NULL,
	`document_id` integer NOT NULL,
	`answer_id` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_units_round_position_unique` ON `round_units` (`round_id`,`position`);--> statement-breakpoint
CREATE INDEX `round_units_document_idx` ON `round_units` (`document_id`);--> statement-breakpoint
CREATE TABLE `round_units_done` (
	`round_unit_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`round_unit_id`, `user_id`),
	FOREIGN KEY (`round_unit_id`) REFERENCES `round_units`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`mode` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`unit_kind` text NOT NULL,
	`seed` integer,
	`sample` text DEFAULT '{}' NOT NULL,
	`code_id` integer,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rounds_mode_valid" CHECK("rounds"."mode" in ('blind','open')),
	CONSTRAINT "rounds_status_valid" CHECK("rounds"."status" in ('open','closed'))
);
--> statement-breakpoint
CREATE INDEX `rounds_project_idx` ON `rounds` (`project_id`);--> statement-breakpoint
ALTER TABLE `codings` ADD `decided_by` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `project_settings` ADD `counted_codings` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `project_settings` ADD `counted_coder_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `users` ADD `kind` text DEFAULT 'person' NOT NULL;