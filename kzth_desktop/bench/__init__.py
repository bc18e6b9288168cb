"""The benchmark (``kzth bench``): the budgets of DESIGN §8 measured on the machine at hand."""
