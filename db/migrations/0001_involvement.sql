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
CREATE TABLE `staff_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_user_idx` ON `staff_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_email_unique` ON `staff_users` (`email`);