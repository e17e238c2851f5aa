# The 300 campaign members of campaign_effect.csv (made once; the file is committed, this shows how).
# Run: /usr/bin/python3 make_campaign_effect.py > campaign_effect.csv
import math
import random

random.seed(19)
print("contacted,converted,recencyDays,purchases,netRevenue,revenue")
for i in range(300):
    c = 1 if random.random() < 0.7 else 0
    rec = random.randint(1, 365)
    pur = random.randint(0, 6)
    net = round(pur * random.uniform(5, 40), 2)
    eta = -1.2 + 0.5 * c - 0.003 * rec + 0.1 * pur
    conv = 1 if random.random() < 1 / (1 + math.exp(-eta)) else 0
    rev = round(conv * random.uniform(20, 80) + (random.uniform(0, 30) if random.random() < 0.3 else 0), 2)
    print(",".join(str(x) for x in (c, conv, rec, pur, net, rev)))
