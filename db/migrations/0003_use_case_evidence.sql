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
CREATE INDEX `use_case_evidence_product_idx` ON `use_case_evidence` (`product_id`,`created_at`);