CREATE TABLE `staff_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`invited_by` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`accepted_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_invitations_token_hash_unique` ON `staff_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `staff_invitations_email_idx` ON `staff_invitations` (`email`);--> statement-breakpoint
CREATE TABLE `listing_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`message` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`reason` text,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_claims_status_idx` ON `listing_claims` (`status`);--> statement-breakpoint
CREATE INDEX `listing_claims_product_idx` ON `listing_claims` (`product_id`);--> statement-breakpoint
CREATE TABLE `review_comments` (
	`version_id` text NOT NULL,
	`bb_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	`comment` text NOT NULL,
	`author_id` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`version_id`, `bb_id`, `requirement_id`),
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_to_idx` ON `mail_outbox` (`to`);--> statement-breakpoint
CREATE INDEX `mail_outbox_created_idx` ON `mail_outbox` (`created_at`);--> statement-breakpoint
CREATE TABLE `conformance_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`target_id` text,
	`product_id` text NOT NULL,
	`bb_id` text NOT NULL,
	`base_url` text NOT NULL,
	`status` text NOT NULL,
	`progress_done` integer DEFAULT 0 NOT NULL,
	`progress_total` integer DEFAULT 0 NOT NULL,
	`spec_version` text NOT NULL,
	`suite_version` text NOT NULL,
	`product_version` text,
	`level` integer,
	`passed` integer,
	`failed` integer,
	`report` text,
	`digest` text,
	`error` text,
	`is_reference` integer DEFAULT false NOT NULL,
	`created_by` text,
	`queued_at` text NOT NULL,
	`started_at` text,
	`finished_at` text,
	FOREIGN KEY (`target_id`) REFERENCES `conformance_targets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conformance_runs_product_bb_idx` ON `conformance_runs` (`product_id`,`bb_id`,`finished_at`);--> statement-breakpoint
CREATE INDEX `conformance_runs_status_idx` ON `conformance_runs` (`status`);--> statement-breakpoint
CREATE INDEX `conformance_runs_target_idx` ON `conformance_runs` (`target_id`);--> statement-breakpoint
CREATE TABLE `conformance_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`bb_id` text NOT NULL,
	`base_url` text NOT NULL,
	`credential_enc` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conformance_targets_product_bb_idx` ON `conformance_targets` (`product_id`,`bb_id`);--> statement-breakpoint
CREATE TABLE `use_case_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`target_id` text,
	`bb_id` text NOT NULL,
	`use_case_id` text NOT NULL,
	`product_version` text,
	`status` text NOT NULL,
	`steps` text NOT NULL,
	`reason` text,
	`trace` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `use_case_evidence_product_idx` ON `use_case_evidence` (`product_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `sandbox_records` ADD `deleted` integer DEFAULT 0 NOT NULL;