"""Offline changes to and from the central PostgreSQL of an office. No Qt."""
