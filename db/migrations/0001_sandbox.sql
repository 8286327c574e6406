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