"""Start-up and the main window: launch, first start, sign-in, navigation, recovery and backups."""
