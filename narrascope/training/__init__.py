"""Training: readers for the SemEval data formats and one ``train_<layer>()`` per trainable layer."""
