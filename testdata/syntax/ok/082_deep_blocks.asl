def level1(data):
    for a in data:
        if a:
            while a:
                try:
                    with open(a) as f:
                        for line in f:
                            if line.strip():
                                class Record:
                                    def parse(self):
                                        if self:
                                            for ch in line:
                                                if ch.isdigit():
                                                    while True:
                                                        try:
                                                            return int(ch)
                                                        except ValueError:
                                                            if ch == "x":
                                                                break
                                                            else:
                                                                continue
                                                        finally:
                                                            pass
                                            return None
                                yield Record()
                            else:
                                continue
                except OSError:
                    break
                else:
                    a = None
    return
x = 1
