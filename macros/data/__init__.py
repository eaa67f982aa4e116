"""Reading the data folder: YAML and JSON readers, the models of every data file, their validation and the rules that span files."""
