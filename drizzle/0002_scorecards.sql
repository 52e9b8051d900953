CREATE TABLE `custom_kpis` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`definition` text NOT NULL,
	`unit` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text NOT NULL,
	`perspective` text NOT NULL,
	`timing` text NOT NULL,
	`default_target` real,
	`min` real DEFAULT 0 NOT NULL,
	`max` real,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "custom_kpis_kind" CHECK("custom_kpis"."kind" in ('proportion', 'mean', 'count', 'rate')),
	CONSTRAINT "custom_kpis_direction" CHECK("custom_kpis"."direction" in ('higher', 'lower')),
	CONSTRAINT "custom_kpis_perspective" CHECK("custom_kpis"."perspective" in ('customer', 'internal-process', 'learning-growth', 'financial')),
	CONSTRAINT "custom_kpis_timing" CHECK("custom_kpis"."timing" in ('leading', 'lagging'))
);
--> statement-breakpoint
CREATE TABLE `kpi_observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`option_id` integer NOT NULL,
	`period` text NOT NULL,
	`kpi` text NOT NULL,
	`value` real NOT NULL,
	`sample_size` integer,
	`sd` real,
	`source` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`option_id`) REFERENCES `sourcing_options`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "kpi_observations_period_format" CHECK("kpi_observations"."period" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]' or "kpi_observations"."period" glob '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
	CONSTRAINT "kpi_observations_sample_size" CHECK("kpi_observations"."sample_size" is null or "kpi_observations"."sample_size" >= 0),
	CONSTRAINT "kpi_observations_sd" CHECK("kpi_observations"."sd" is null or "kpi_observations"."sd" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kpi_observations_option_period_kpi` ON `kpi_observations` (`option_id`,`period`,`kpi`);--> statement-breakpoint
CREATE INDEX `kpi_observations_kpi_period` ON `kpi_observations` (`kpi`,`period`);--> statement-breakpoint
CREATE TABLE `scorecard_kpi_settings` (
	`kpi` text PRIMARY KEY NOT NULL,
	`selected` integer DEFAULT false NOT NULL,
	`weight` real DEFAULT 0 NOT NULL,
	`target` real,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "scorecard_kpi_settings_weight" CHECK("scorecard_kpi_settings"."weight" >= 0 and "scorecard_kpi_settings"."weight" <= 100)
);
