DROP INDEX `kpi_observations_option_period_kpi`;--> statement-breakpoint
ALTER TABLE `kpi_observations` ADD `contact_type` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `kpi_observations_option_period_kpi_type` ON `kpi_observations` (`option_id`,`period`,`kpi`,`contact_type`);