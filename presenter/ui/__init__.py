"""The windows: audience window, presenter console, their widgets and controllers."""
