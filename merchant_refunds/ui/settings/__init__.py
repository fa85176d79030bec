"""The Settings screen and its pages, and the database choice and shop key dialogs that start-up
shares."""
