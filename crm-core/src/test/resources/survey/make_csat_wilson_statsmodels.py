import statsmodels
from statsmodels.stats.proportion import proportion_confint
cases=[(0,1),(1,1),(0,10),(10,10),(3,10),(81,100),(412,500),(1,1000),(7,13),(250,251)]
print("# Wilson 95 % score intervals for the CSAT share (satisfied = 4 or 5 out of n answers).")
print("# Produced by statsmodels %s: statsmodels.stats.proportion.proportion_confint(count, nobs, alpha=0.05, method='wilson')" % statsmodels.__version__)
print("# count,nobs,low,high")
for x,n in cases:
    lo,hi=proportion_confint(x,n,alpha=0.05,method='wilson')
    print("%d,%d,%.17g,%.17g"%(x,n,lo,hi))
