"""The synthetic national campaign (``kzth demo``): a client of the services, like the bench.

``campaign.py`` builds the offices, their answers and the coordinator's workspace through the
same use cases as a person would; ``texts.py`` holds the synthetic free texts it writes.
"""
