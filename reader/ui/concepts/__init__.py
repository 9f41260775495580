"""The Concepts panel (browse concepts and their passages) and the Manage Concepts dialog."""
