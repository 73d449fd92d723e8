"""Privacy requests (policy §8): filing, the Account Owner's decision, fulfilment."""
