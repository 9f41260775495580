"""The Qt face of Marginalia: windows, views, and Qt models over the store."""
