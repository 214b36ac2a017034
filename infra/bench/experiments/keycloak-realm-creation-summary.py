import csv,sys,statistics as st
for f in sys.argv[1:]:
    rows=list(csv.DictReader(open(f)))
    print(f, len(rows)*2, "realms")
    for lo in range(0, 400, 50):
        b=[r for r in rows if lo < int(r['n']) <= lo+50]
        if not b: continue
        m=[float(r['create_master_s']) for r in b]; p=[float(r['create_prov_s']) for r in b]
        print(f"  {lo:3d}-{lo+50:3d}: master median {st.median(m):.2f} mean {st.mean(m):.2f} | provisioner median {st.median(p):.2f} mean {st.mean(p):.2f}")
