"""Developer scripts run from the checkout: icons, the user guide's screenshots."""
