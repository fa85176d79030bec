"""Largest-remainder allocation: split an integer total over weights so the parts sum exactly."""

from __future__ import annotations

from collections.abc import Sequence


def allocate_largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` minor units in proportion to ``weights``; ties go to the earlier weight.

    Every part is the floor of its exact share plus at most one unit, so no part ever exceeds its
    share by a whole unit and the parts always sum to ``total``.
    """
    if total < 0:
        raise ValueError("total must not be negative")
    if weights and min(weights) < 0:
        raise ValueError("weights must not be negative")
    weight_sum = sum(weights)
    if total == 0:
        return [0] * len(weights)
    if weight_sum == 0:
        raise ValueError("cannot allocate a non-zero total over zero weights")
    products = [total * weight for weight in weights]
    floors = [product // weight_sum for product in products]
    left = total - sum(floors)
    if left:  # most splits come out even or nearly: sort only when units are left over
        # largest remainder first; the sort is stable, so ties keep the earlier weight first
        ranked = sorted(range(len(products)), key=lambda i: -(products[i] % weight_sum))
        for index in ranked[:left]:
            floors[index] += 1
    return floors
