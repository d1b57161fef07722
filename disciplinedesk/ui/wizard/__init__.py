"""The decision wizard: one page per step, all writing into one `Draft`."""
