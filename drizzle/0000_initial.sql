CREATE TABLE `forecast_channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`forecast_id` integer NOT NULL,
	`channel` text NOT NULL,
	`kind` text NOT NULL,
	`volume` blob NOT NULL,
	`aht_seconds` blob NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecasts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "forecast_channels_kind" CHECK("forecast_channels"."kind" in ('voice', 'chat', 'deferred'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `forecast_channels_forecast_channel` ON `forecast_channels` (`forecast_id`,`channel`);--> statement-breakpoint
CREATE TABLE `forecasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`interval_minutes` integer NOT NULL,
	`start` text NOT NULL,
	`interval_count` integer NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "forecasts_interval_minutes" CHECK("forecasts"."interval_minutes" in (15, 30, 60)),
	CONSTRAINT "forecasts_interval_count" CHECK("forecasts"."interval_count" > 0)
);
--> statement-breakpoint
CREATE TABLE `scenario_options` (
	`scenario_id` integer NOT NULL,
	`option_id` integer NOT NULL,
	PRIMARY KEY(`scenario_id`, `option_id`),
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`option_id`) REFERENCES `sourcing_options`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `scenario_options_option` ON `scenario_options` (`option_id`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`forecast_id` integer NOT NULL,
	`spec` text NOT NULL,
	`spec_version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`forecast_id`) REFERENCES `forecasts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `scenarios_forecast` ON `scenarios` (`forecast_id`);--> statement-breakpoint
CREATE TABLE `sourcing_options` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`spec` text NOT NULL,
	`spec_version` integer DEFAULT 1 NOT NULL,
	`escalates_to_option_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`escalates_to_option_id`) REFERENCES `sourcing_options`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "sourcing_options_kind" CHECK("sourcing_options"."kind" in ('in-house', 'partner'))
);
