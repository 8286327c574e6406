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
CREATE UNIQUE INDEX `conformance_targets_product_bb_idx` ON `conformance_targets` (`product_id`,`bb_id`);