-- A counter that moves whenever a listing is published, replaced or removed (withdrawals cascade from
-- products), so the marketplace's caches (db/marketplace/core/search.ts, catalogue.ts) can tell in one
-- primary-key read whether what they hold is still current.
CREATE TABLE `catalogue_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `catalogue_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `listings_version_insert` AFTER INSERT ON `listings` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_update` AFTER UPDATE ON `listings` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `listings_version_delete` AFTER DELETE ON `listings` BEGIN UPDATE `catalogue_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
