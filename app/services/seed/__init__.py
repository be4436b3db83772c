"""The demo data set: data files and the loader that writes them through the use cases."""
