"""The inspector's tabs: each a widget of its own with a small context and its own reload()."""
