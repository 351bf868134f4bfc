def query(): pass
def export(): pass
def who_met(): pass
def articles(): pass
def remove(): pass
