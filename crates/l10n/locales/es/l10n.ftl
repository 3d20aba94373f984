l10n-example = Comprobando { $host }
