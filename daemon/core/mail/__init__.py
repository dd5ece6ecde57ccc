"""Reading a client's mail: what it says, who sent it, whether to answer."""
