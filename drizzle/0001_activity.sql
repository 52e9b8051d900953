CREATE TABLE `activity_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`option_id` integer NOT NULL,
	`date` text NOT NULL,
	`tickets_created` integer NOT NULL,
	`tickets_solved` integer NOT NULL,
	`inbound_calls` integer NOT NULL,
	`outbound_calls` integer NOT NULL,
	`call_minutes` real NOT NULL,
	`voicemails` integer NOT NULL,
	`chats` integer NOT NULL,
	`paid_hours` real NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`option_id`) REFERENCES `sourcing_options`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "activity_days_date_format" CHECK("activity_days"."date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "activity_days_non_negative" CHECK("activity_days"."tickets_created" >= 0 and "activity_days"."tickets_solved" >= 0 and "activity_days"."inbound_calls" >= 0 and "activity_days"."outbound_calls" >= 0 and "activity_days"."call_minutes" >= 0 and "activity_days"."voicemails" >= 0 and "activity_days"."chats" >= 0 and "activity_days"."paid_hours" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_days_option_date` ON `activity_days` (`option_id`,`date`);--> statement-breakpoint
CREATE INDEX `activity_days_date` ON `activity_days` (`date`);--> statement-breakpoint
CREATE TABLE `activity_weights` (
	`activity` text PRIMARY KEY NOT NULL,
	`points` real NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "activity_weights_activity" CHECK("activity_weights"."activity" in ('ticketsCreated', 'ticketsSolved', 'inboundCalls', 'outboundCalls', 'callMinutes', 'voicemails', 'chats')),
	CONSTRAINT "activity_weights_points" CHECK("activity_weights"."points" >= 0 and "activity_weights"."points" <= 1000)
);
