l10n-example = { $host } wird geprüft
