"""Label sets as data (narratives, roles, techniques), each label with our own short description."""
