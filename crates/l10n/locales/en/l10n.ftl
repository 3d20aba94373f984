# Messages of the localisation layer itself (its doc example and tests).
l10n-example = Checking { $host }
