CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `contributor_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`gender` text NOT NULL,
	`gender_other` text,
	`nationality` text NOT NULL,
	`residence` text NOT NULL,
	`email` text NOT NULL,
	`domains` text NOT NULL,
	`motivation` text NOT NULL,
	`cv_file` text NOT NULL,
	`cv_original_name` text NOT NULL,
	`cv_mime` text NOT NULL,
	`cv_size` integer NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `interest_expressions` (
	`id` text PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`organisation` text NOT NULL,
	`contact_name` text NOT NULL,
	`email` text NOT NULL,
	`use_cases` text NOT NULL,
	`building_blocks` text NOT NULL,
	`message` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`reset_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `spec_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`bb_id` text NOT NULL,
	`target` text NOT NULL,
	`comment` text NOT NULL,
	`name` text,
	`email` text,
	`consent_to_contact` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`reply` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `spec_feedback_bb_status_idx` ON `spec_feedback` (`bb_id`,`status`);--> statement-breakpoint
CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_idx` ON `account` (`user_id`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`role` text DEFAULT 'vendor' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_label` text NOT NULL,
	`organisation_id` text,
	`product_id` text,
	`action` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_product_idx` ON `audit_log` (`product_id`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `listing_facets` (
	`listing_id` integer NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`facet`, `value`, `listing_id`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_facets_listing_idx` ON `listing_facets` (`listing_id`);--> statement-breakpoint
CREATE TABLE `listings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`name_sort` text NOT NULL,
	`summary` text NOT NULL,
	`organisation_name` text NOT NULL,
	`licence` text,
	`licence_type` text NOT NULL,
	`hosting` text NOT NULL,
	`dpg_status` text NOT NULL,
	`best_level` integer DEFAULT 0 NOT NULL,
	`bb_count` integer DEFAULT 0 NOT NULL,
	`is_seed` integer DEFAULT false NOT NULL,
	`version_number` integer NOT NULL,
	`published_at` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `listings_product_id_unique` ON `listings` (`product_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `listings_slug_unique` ON `listings` (`slug`);--> statement-breakpoint
CREATE INDEX `listings_name_sort_idx` ON `listings` (`name_sort`);--> statement-breakpoint
CREATE INDEX `listings_published_idx` ON `listings` (`published_at`);--> statement-breakpoint
CREATE INDEX `listings_level_idx` ON `listings` (`best_level`);--> statement-breakpoint
CREATE TABLE `organisation_members` (
	`organisation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `user_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `org_members_user_idx` ON `organisation_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`website` text,
	`is_seed` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `product_assessments` (
	`product_id` text NOT NULL,
	`bb_id` text NOT NULL,
	`requirement_id` text NOT NULL,
	`status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`evidence_url` text,
	PRIMARY KEY(`product_id`, `bb_id`, `requirement_id`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `product_bbs` (
	`product_id` text NOT NULL,
	`bb_id` text NOT NULL,
	`evidence` text DEFAULT 'self-reported' NOT NULL,
	PRIMARY KEY(`product_id`, `bb_id`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `product_deployments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` text NOT NULL,
	`country` text NOT NULL,
	`description` text NOT NULL,
	`url` text,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deployments_product_idx` ON `product_deployments` (`product_id`);--> statement-breakpoint
CREATE TABLE `product_use_cases` (
	`product_id` text NOT NULL,
	`use_case_id` text NOT NULL,
	PRIMARY KEY(`product_id`, `use_case_id`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `product_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`number` integer NOT NULL,
	`snapshot` text NOT NULL,
	`status` text NOT NULL,
	`submitted_by` text,
	`submitted_at` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`reason` text,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `versions_product_number_idx` ON `product_versions` (`product_id`,`number`);--> statement-breakpoint
CREATE INDEX `versions_status_idx` ON `product_versions` (`status`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`logo_file` text,
	`website` text,
	`source_url` text,
	`docs_url` text,
	`licence` text,
	`licence_type` text NOT NULL,
	`hosting` text NOT NULL,
	`pricing` text NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`countries` text DEFAULT '[]' NOT NULL,
	`dpg_status` text DEFAULT 'unknown' NOT NULL,
	`contact_email` text,
	`version_label` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`is_seed` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_slug_unique` ON `products` (`slug`);--> statement-breakpoint
CREATE INDEX `products_org_idx` ON `products` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `products_status_idx` ON `products` (`status`);--> statement-breakpoint
CREATE TABLE `sandbox_namespaces` (
	`name` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer NOT NULL,
	`faults` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sandbox_records` (
	`ns` text NOT NULL,
	`bb` text NOT NULL,
	`collection` text NOT NULL,
	`id` text NOT NULL,
	`data` text NOT NULL,
	`origin` text DEFAULT 'user' NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`ns`, `bb`, `collection`, `id`)
);
--> statement-breakpoint
CREATE INDEX `sandbox_records_seq` ON `sandbox_records` (`ns`,`bb`,`collection`,`seq`);--> statement-breakpoint
CREATE INDEX `sandbox_records_origin` ON `sandbox_records` (`ns`,`origin`);--> statement-breakpoint
CREATE TABLE `sandbox_trace` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ns` text NOT NULL,
	`at` text NOT NULL,
	`via` text NOT NULL,
	`caller` text,
	`provider` text NOT NULL,
	`service` text,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`status` integer NOT NULL,
	`latency_ms` integer NOT NULL,
	`request_headers` text,
	`request_body` text,
	`response_body` text,
	`denied` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sandbox_trace_ns` ON `sandbox_trace` (`ns`,`id`);