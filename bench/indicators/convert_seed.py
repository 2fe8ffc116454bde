#!/usr/bin/env python3
"""Converts the shared seed (../shared/data/haiphong-sti-2013-2023.yaml) into the project's own JSON copies
under src/main/resources/demo/{policy,indicators}/. Run once when the source changes; the output is committed."""
import json, sys, yaml
from decimal import Decimal

src = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
PUB = src["source"]["title"]
PUB_ID = "TONG-KET-KHCN-HP-2013-2023"

def iso(d):
    dd, mm, yy = d.split("-"); return f"{yy}-{mm}-{dd}"

docs = []
for d in src["documents"]:
    imp = d.get("implements", [])
    if isinstance(imp, str): imp = [imp]
    docs.append({"number": d["number"], "issuedOn": iso(d["date"]), "issuedYear": int(d["date"][-4:]), "issuer": d["issuer"],
                 "kind": d["kind"].upper(), "title": d["title"], "implementsNumbers": imp, "commitments": []})
# The targets are stated in the review article itself (section 3); it does not say which resolution states them.
review = {"number": PUB_ID, "issuedOn": None, "issuedYear": 2024, "issuer": "Tạp chí chính sách (bài tổng kết)",
          "kind": "PUBLICATION", "title": PUB, "implementsNumbers": [], "commitments": []}
EN = {
 "city_tasks_approved": "City-level S&T tasks approved and carried out",
 "city_tasks_funding_total": "Total funding of city-level S&T tasks",
 "city_tasks_funding_state": "State S&T budget support to city-level tasks",
 "city_tasks_funding_other": "Funding raised by host organisations and other sources",
 "national_ministerial_tasks": "National and ministerial tasks carried out by local organisations",
 "grassroots_tasks": "Grassroots-level tasks",
 "electronics_share_industry": "Electronics and IT manufacturing share of industrial output",
 "industry_labour_productivity_growth": "Industrial labour productivity growth",
 "crop_share_agriculture": "Crop production share of agricultural output",
 "fishery_share_agriculture": "Fishery share of agricultural output",
 "value_per_hectare": "Crop and fishery output per hectare (current prices)",
 "mobile_coverage": "Residential areas covered by 3G/4G mobile networks",
 "technology_renewal_rate": "Rate of technology and equipment renewal",
 "tfp_contribution_grdp": "Contribution of TFP to GRDP growth",
 "pii_rank": "Provincial Innovation Index (PII) rank",
 "ip_certificates": "Industrial property protection titles granted",
 "patent_applications": "Patent and utility-solution applications",
 "patent_grants": "Patent and utility-solution titles granted",
 "ip_applied_share": "Share of protection titles applied in production",
 "startup_projects": "Projects selected to promote start-ups",
 "incubation_projects": "Projects to promote incubation",
 "st_organisations": "Organisations with S&T activities (public and private)",
 "vilas_labs": "VILAS-accredited laboratories (ISO/IEC 17025)",
 "st_budget_growth": "Growth of state budget investment in S&T",
 "st_budget_share": "S&T spending as a share of total city budget spending",
 "iso9001_agencies": "Administrative agencies applying TCVN ISO 9001:2015",
 "iso18091_pilot_units": "Units piloting ISO 18091:2020",
 "exchange_connection_sessions": "Connection sessions for organisations and enterprises to negotiate contracts",
 "exchange_workshops": "Workshops and training courses",
 "exchange_auctions": "Technology auction sessions",
 "exchange_international_matchings": "Technology supply-demand matchings between Vietnamese and foreign enterprises",
 "exchange_fairs": "Technology and equipment fairs",
}
UNIT = {"count": "count", "VND": "VND", "percent": "percent", "percent per year": "percent_per_year",
        "million VND/ha": "million_vnd_per_ha", "rank": "rank"}
indicators, values, targets, rules = [], [], [], []

def ind(code, vi, en, unit, direction="HIGHER", periodicity="IRREGULAR", formula=None, definition=None, lo=None, hi=None):
    if unit in ("percent",) and lo is None: lo, hi = "0", "100"
    if unit in ("count", "VND", "rank") and lo is None: lo = "0"
    indicators.append({"code": code, "nameVi": vi, "nameEn": en, "unit": unit, "direction": direction, "periodicity": periodicity,
                       "definition": definition, "formula": formula, "lowerBound": lo, "upperBound": hi})

def val(code, period, v, quote, qualifier="EXACT", area="VN-HP", status="REPORTED"):
    values.append({"indicator": code, "area": area, "period": period, "value": str(v), "qualifier": qualifier.upper(),
                   "status": status, "quote": quote})

for f in src["figures"]:
    code, unit = f["id"], UNIT[f["unit"]]
    periodicity = "ANNUAL" if "series" in f else "IRREGULAR"
    ind(code, f["label"], EN[code], unit, "LOWER" if f.get("direction") == "lower_is_better" else "HIGHER", periodicity)
    q = f["quote"]
    if "value" in f:
        val(code, f.get("period"), f["value"], q, f.get("qualifier", "exact"))
    for y, v in (f.get("series") or {}).items(): val(code, y, v, q)
    for p, v in (f.get("periods") or {}).items(): val(code, p, v, q)
    if "period_average" in f:
        val(code, "avg " + f["period_average"]["period"], f["period_average"]["value"], q)
    if "compare" in f:
        val(code, f["period"], f["compare"]["value"], q, area="VN")

ln = src["legal_documents_note"]
ind("legal_documents_issued", "Văn bản quy phạm pháp luật do UBND thành phố ban hành", "Legal documents issued by the city People's Committee", "count")
val("legal_documents_issued", ln["period"], ln["count"], ln["quote"])
ind("research_programmes", "Chương trình nghiên cứu khoa học và phát triển công nghệ", "S&T research and development programmes", "count")
val("research_programmes", None, len(src["programmes"]["research"]), "5 chương trình nghiên cứu khoa học và phát triển công nghệ trong các lĩnh vực")
ind("key_programmes", "Chương trình khoa học và công nghệ trọng điểm", "Key S&T programmes", "count")
val("key_programmes", None, len(src["programmes"]["key"]), "5 chương trình khoa học và công nghệ trọng điểm")

# Reported shares, multiples and growth rates become formula indicators: the reported value sits beside the computed one.
ind("city_tasks_funding_state_share", "Tỷ lệ ngân sách sự nghiệp KH-CN trong kinh phí nhiệm vụ cấp thành phố",
    "State budget share of city-level task funding", "percent",
    formula="share(city_tasks_funding_state, city_tasks_funding_total)")
val("city_tasks_funding_state_share", "2013-2022", "60.8", src["figures"][2]["quote"])
ind("city_tasks_funding_other_share", "Tỷ lệ kinh phí huy động khác trong kinh phí nhiệm vụ cấp thành phố",
    "Other sources' share of city-level task funding", "percent",
    formula="share(city_tasks_funding_other, city_tasks_funding_total)")
val("city_tasks_funding_other_share", "2013-2022", "39.2", src["figures"][3]["quote"])
ipq = next(f for f in src["figures"] if f["id"] == "ip_certificates")["quote"]
ind("ip_certificates_multiple", "Số lần tăng văn bằng bảo hộ so với giai đoạn trước", "IP titles granted, multiple of the previous period",
    "times", formula="ratio(ip_certificates[2016-2020], ip_certificates[2011-2015])", lo="0")
val("ip_certificates_multiple", "2016-2020", "2.43", ipq)
vph = next(f for f in src["figures"] if f["id"] == "value_per_hectare")
ind("value_per_hectare_growth", "Tốc độ tăng bình quân giá trị sản phẩm trên 1 ha", "Average growth of output per hectare",
    "percent_per_year", formula="cagr(value_per_hectare[end], value_per_hectare[start], years)")
val("value_per_hectare_growth", "avg 2005-2021", "6.8", vph["quote"])
vil = next(f for f in src["figures"] if f["id"] == "vilas_labs")
ind("vilas_labs_multiple_2013", "Số lần tăng phòng thí nghiệm VILAS so với năm 2013", "VILAS laboratories, multiple of 2013",
    "times", formula="ratio(vilas_labs[2024], vilas_labs[2013])", lo="0")
val("vilas_labs_multiple_2013", "2024", "3", vil["quote"], qualifier="about")
lp = next(f for f in src["figures"] if f["id"] == "industry_labour_productivity_growth")

# Indicators that only targets name (no published figure yet)
ind("hightech_product_share_industry", src["targets"][2]["label"],
    "High-tech and high-tech-application products' share of industrial output", "percent", periodicity="ANNUAL")
ind("patent_applications_per_year", "Số đơn đăng ký sáng chế, giải pháp hữu ích trong năm", "Patent and utility-solution applications per year", "count", periodicity="ANNUAL")
ind("specialties_and_craft_villages_ip_registered_share", "Tỷ lệ đặc sản, làng nghề truyền thống được đăng ký bảo hộ SHCN",
    "Share of specialties and traditional craft villages with registered industrial property", "percent", periodicity="ANNUAL")
ind("foreign_trademark_applications", "Số đơn đăng ký nhãn hiệu ra nước ngoài", "Trademark applications filed abroad", "count", periodicity="ANNUAL")

for i, t in enumerate(src["targets"], 1):
    code = f"T{i:02d}"
    review["commitments"].append({"code": f"{PUB_ID}/{code}", "text": t["quote"], "targetYear": t.get("year")})
    if t.get("qualitative"): continue
    tg = {"code": code, "indicator": t["indicator"], "year": t.get("year"), "document": PUB_ID, "commitment": f"{PUB_ID}/{code}", "quote": t["quote"]}
    if "value" in t: tg.update(kind="LEVEL", value=str(t["value"]))
    elif "value_min" in t: tg.update(kind="RANGE", valueMin=str(t["value_min"]), valueMax=str(t["value_max"]))
    elif "relative_to" in t: tg.update(kind="FACTOR", baseYear=t["relative_to"]["year"], factor=str(t["relative_to"]["factor"]))
    elif "growth_pct_per_year" in t: tg.update(kind="GROWTH", growthPct=str(t["growth_pct_per_year"]))
    targets.append(tg)

def rule(code, kind, vi, en, left, right, comparison="WITHIN_ROUNDING", tolerance=None):
    rules.append({"code": code, "kind": kind, "labelVi": vi, "labelEn": en, "left": left, "right": right,
                  "comparison": comparison, "tolerance": tolerance})
rule("R01", "SUM_OF_PARTS", "Tổng kinh phí = ngân sách + nguồn khác", "Total funding = state budget + other sources",
     "city_tasks_funding_total[2013-2022]", "sum(city_tasks_funding_state[2013-2022], city_tasks_funding_other[2013-2022])", "EQUAL")
rule("R02", "SHARE", "Tỷ lệ ngân sách 60,8% = ngân sách / tổng kinh phí", "State share 60.8 % = state budget / total",
     "city_tasks_funding_state_share[2013-2022]", "share(city_tasks_funding_state[2013-2022], city_tasks_funding_total[2013-2022])")
rule("R03", "SHARE", "Tỷ lệ nguồn khác 39,2% = nguồn khác / tổng kinh phí", "Other share 39.2 % = other sources / total",
     "city_tasks_funding_other_share[2013-2022]", "share(city_tasks_funding_other[2013-2022], city_tasks_funding_total[2013-2022])")
rule("R04", "EXHAUSTIVE_SHARES", "Hai tỷ lệ nguồn kinh phí cộng lại bằng 100%", "The two funding shares sum to 100 %",
     "sum(city_tasks_funding_state_share[2013-2022], city_tasks_funding_other_share[2013-2022])", "100")
rule("R05", "RATIO", "Văn bằng 2016–2020 gấp 2,43 lần 2011–2015", "IP titles 2016–2020 are 2.43 times 2011–2015",
     "ip_certificates_multiple[2016-2020]", "ratio(ip_certificates[2016-2020], ip_certificates[2011-2015])")
rule("R06", "GROWTH", "Giá trị/ha tăng bình quân 6,8%/năm (2005–2021)", "Output per hectare grew 6.8 %/year on average (2005–2021)",
     "value_per_hectare_growth[avg 2005-2021]", "cagr(value_per_hectare[2021], value_per_hectare[2005], 16)")
rule("R07", "RATIO", "Năng suất lao động công nghiệp tăng gấp hơn 2 lần cả nước", "Industrial productivity growth more than twice the national rate",
     "ratio(industry_labour_productivity_growth[2011-2020], industry_labour_productivity_growth@VN[2011-2020])", "2", "GREATER_THAN")
rule("R08", "RATIO", "Phòng thí nghiệm VILAS gần 3 lần năm 2013", "VILAS laboratories nearly 3 times 2013",
     "vilas_labs_multiple_2013[2024]", "ratio(vilas_labs[2024], vilas_labs[2013])")
rule("R09", "BOUNDS", "Trồng trọt + thủy sản không vượt 100% (2005)", "Crop + fishery shares do not exceed 100 % (2005)",
     "sum(crop_share_agriculture[2005], fishery_share_agriculture[2005])", "100", "AT_MOST")
rule("R10", "BOUNDS", "Trồng trọt + thủy sản không vượt 100% (2021)", "Crop + fishery shares do not exceed 100 % (2021)",
     "sum(crop_share_agriculture[2021], fishery_share_agriculture[2021])", "100", "AT_MOST")
rule("R11", "BOUNDS", "Tốc độ đổi mới công nghệ bình quân 2013–2022 không vượt mức cao nhất đã báo cáo", "Average renewal rate 2013–2022 not above the highest reported year",
     "technology_renewal_rate[avg 2013-2022]", "max(technology_renewal_rate[2020], technology_renewal_rate[2021], technology_renewal_rate[2022])", "AT_MOST")
rule("R12", "BOUNDS", "Văn bằng sáng chế được cấp không vượt số đơn 2020–2023", "Patent titles granted not above applications 2020–2023",
     "patent_grants[2020-2023]", "patent_applications[2020-2023]", "AT_MOST")

docs.append(review)
out = sys.argv[2]
json.dump({"documents": docs}, open(out + "/policy/documents.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump({"publication": {"id": PUB_ID, "title": PUB}, "indicators": indicators, "values": values, "targets": targets, "rules": rules},
          open(out + "/indicators/haiphong-sti.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(docs), "documents,", len(indicators), "indicators,", len(values), "values,", len(targets), "targets,", len(rules), "rules")
