"""The pure core: deciding over plain values.

No I/O, no clock, no shell module: tests/unit/test_architecture.py checks every module here.
"""
