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
