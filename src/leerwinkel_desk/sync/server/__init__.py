"""The central side of synchronisation: the sync service (ASGI app) and its administration. Server-only deps."""
