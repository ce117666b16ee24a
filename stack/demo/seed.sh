#!/usr/bin/env bash
# Demo dealership for the local stack: `./aftersales up` runs this once, on first start (marker file
# .aftersales/data/demo-loaded), with GATEWAY set to the gateway's base URL. Everything goes through the
# public API, as an advisor's screens would send it. Dealer id: "demo" (header X-Dealer-Id).
set -euo pipefail
GATEWAY="${GATEWAY:-http://localhost:8080}"
DEALER="${DEALER:-demo}"

call() { # method path json -> prints the response body; fails on an HTTP error
  local method=$1 path=$2 body=${3:-}
  local out status
  out=$(curl -sS -X "$method" "$GATEWAY$path" -H "X-Dealer-Id: $DEALER" -H 'Content-Type: application/json' \
        ${body:+--data "$body"} -w $'\n%{http_code}')
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if [[ $status != 2* ]]; then
    echo "seed: $method $path -> $status: $out" >&2
    return 1
  fi
  printf '%s' "$out"
}
id_of() { sed -E 's/^\{"id":"([^"]+)".*/\1/'; }
days_ago() { date -d "-$1 days" +%F; }

echo "seed: workshop capacity, advisors, technicians, bays, labour rate"
call PUT /api/workshop-capacity '{
  "labourRatePerHour": {"amount": 30000, "currency": "CNY"},
  "technicians": [
    {"id": "t-wang", "name": "Wang Qiang", "dailyHours": 8},
    {"id": "t-zhao", "name": "Zhao Lei", "dailyHours": 8},
    {"id": "t-chen", "name": "Chen Jie", "dailyHours": 8},
    {"id": "t-liu", "name": "Liu Yang", "dailyHours": 6}],
  "bays": [
    {"id": "bay-1", "name": "Lift 1", "kind": "LIFT"},
    {"id": "bay-2", "name": "Lift 2", "kind": "LIFT"},
    {"id": "bay-3", "name": "Alignment rig", "kind": "ALIGNMENT"},
    {"id": "bay-4", "name": "Diagnosis bay", "kind": "DIAGNOSIS"}],
  "advisors": [
    {"id": "a-li", "name": "Li Na"},
    {"id": "a-zhang", "name": "Zhang Wei"}],
  "bayHoursPerDay": 9,
  "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"],
  "opensAt": "08:30",
  "closesAt": "18:00"}' >/dev/null

echo "seed: labour-operation catalogue"
op() { call POST /api/labour-operations "$1" >/dev/null; }
op '{"code": "MAINT-FIRST", "name": "First maintenance (5,000 km)", "category": "MAINTENANCE", "standardHours": 1.0,
     "expectedParts": [{"partNumber": "OF-1001", "name": "Oil filter", "quantity": 1, "unitPrice": {"amount": 6800, "currency": "CNY"}},
                       {"partNumber": "OIL-5W30", "name": "Engine oil 5W-30 (1 L)", "quantity": 4, "unitPrice": {"amount": 9500, "currency": "CNY"}}]}'
op '{"code": "MAINT-10K", "name": "Regular maintenance (every 10,000 km)", "category": "MAINTENANCE", "standardHours": 1.5,
     "expectedParts": [{"partNumber": "OF-1001", "name": "Oil filter", "quantity": 1, "unitPrice": {"amount": 6800, "currency": "CNY"}},
                       {"partNumber": "OIL-5W30", "name": "Engine oil 5W-30 (1 L)", "quantity": 4, "unitPrice": {"amount": 9500, "currency": "CNY"}},
                       {"partNumber": "AF-2002", "name": "Air filter", "quantity": 1, "unitPrice": {"amount": 12000, "currency": "CNY"}}]}'
op '{"code": "BRAKE-FRONT", "name": "Front brake pads", "category": "REPAIR", "standardHours": 1.2,
     "expectedParts": [{"partNumber": "BP-3003", "name": "Front brake pad set", "quantity": 1, "unitPrice": {"amount": 48000, "currency": "CNY"}}]}'
op '{"code": "AC-CLEAN", "name": "Air-conditioning cleaning", "category": "MAINTENANCE", "standardHours": 0.8,
     "expectedParts": [{"partNumber": "CF-4004", "name": "Cabin filter", "quantity": 1, "unitPrice": {"amount": 8800, "currency": "CNY"}}]}'
op '{"code": "ALIGN", "name": "Wheel alignment", "category": "TYRES", "standardHours": 0.8}'
op '{"code": "DIAG", "name": "General diagnosis", "category": "DIAGNOSIS", "standardHours": 0.5}'
op '{"code": "RECALL-FP21", "name": "Recall 21-07: fuel pump replacement", "category": "RECALL", "standardHours": 1.5,
     "expectedParts": [{"partNumber": "FP-5005", "name": "Fuel pump assembly", "quantity": 1, "unitPrice": {"amount": 0, "currency": "CNY"}}]}'

echo "seed: labour rate at reception and billing (13% tax, flat-rate labour), follow-up after 3 days"
call PUT /api/reception-settings '{"labourRatePerHour": {"amount": 30000, "currency": "CNY"}}' >/dev/null
call PUT /api/billing-settings '{"taxRatePercent": 13, "labourBasis": "FLAT_RATE", "labourRatePerHour": {"amount": 30000, "currency": "CNY"}}' >/dev/null
call PUT /api/follow-up-settings '{"daysAfterDelivery": 3}' >/dev/null

echo "seed: parts catalogue and stock"
part() { # number name price bin reorder-point stock
  call POST /api/parts "{\"partNumber\": \"$1\", \"name\": \"$2\", \"unitPrice\": {\"amount\": $3, \"currency\": \"CNY\"}, \"binLocation\": \"$4\", \"reorderPoint\": $5}" >/dev/null
  if [[ $6 -gt 0 ]]; then
    call POST "/api/parts/$1/stock-adjustments" "{\"quantity\": $6, \"reason\": \"opening stock\"}" >/dev/null
  fi
}
part OF-1001 "Oil filter" 6800 A-01-01 10 40
part OIL-5W30 "Engine oil 5W-30 (1 L)" 9500 A-01-02 40 120
part AF-2002 "Air filter" 12000 A-01-03 5 12
part BP-3003 "Front brake pad set" 48000 B-02-01 2 1
part CF-4004 "Cabin filter" 8800 A-01-04 5 3
part FP-5005 "Fuel pump assembly" 0 C-03-01 1 0
part WB-6006 "Wiper blade set" 9900 B-02-02 4 8

echo "seed: workshop technicians and bays"
call POST /api/technicians '{"id": "t-wang", "name": "Wang Qiang", "skills": ["MAINTENANCE", "REPAIR", "DIAGNOSIS"], "experienceLevel": "MASTER", "dailyHours": 8}' >/dev/null
call POST /api/technicians '{"id": "t-zhao", "name": "Zhao Lei", "skills": ["MAINTENANCE", "REPAIR", "TYRES"], "experienceLevel": "SENIOR", "dailyHours": 8}' >/dev/null
call POST /api/technicians '{"id": "t-chen", "name": "Chen Jie", "skills": ["MAINTENANCE", "TYRES", "BODY"], "experienceLevel": "SENIOR", "dailyHours": 8}' >/dev/null
call POST /api/technicians '{"id": "t-liu", "name": "Liu Yang", "skills": ["MAINTENANCE"], "experienceLevel": "JUNIOR", "dailyHours": 6}' >/dev/null
call POST /api/bays '{"id": "bay-1", "name": "Lift 1", "kind": "LIFT", "equipment": ["LIFT"]}' >/dev/null
call POST /api/bays '{"id": "bay-2", "name": "Lift 2", "kind": "LIFT", "equipment": ["LIFT"]}' >/dev/null
call POST /api/bays '{"id": "bay-3", "name": "Alignment rig", "kind": "ALIGNMENT", "equipment": ["LIFT", "ALIGNMENT_RIG"]}' >/dev/null
call POST /api/bays '{"id": "bay-4", "name": "Diagnosis bay", "kind": "DIAGNOSIS", "equipment": ["DIAGNOSIS"]}' >/dev/null

echo "seed: customers and vehicles"
customer() { call POST /api/customers "$1" | id_of; }
vehicle() { call POST /api/vehicles "$1" >/dev/null; }
c1=$(customer '{"name": "Wang Fang", "phone": "13800138001", "email": "wang.fang@example.com", "address": "88 Century Ave, Pudong, Shanghai", "consents": ["PHONE", "SMS", "WECHAT"]}')
c2=$(customer '{"name": "Zhou Min", "phone": "13900139002", "consents": ["PHONE"]}')
c3=$(customer '{"name": "Sun Hao", "phone": "13700137003", "email": "sun.hao@example.com", "consents": ["PHONE", "EMAIL"]}')
c4=$(customer '{"name": "Maria Keller", "phone": "+86 186 1234 5678", "email": "m.keller@example.com", "consents": ["EMAIL", "SMS"]}')
vehicle "{\"vin\": \"LSVAU2180N2183456\", \"plate\": \"沪A12345\", \"make\": \"Volkswagen\", \"model\": \"Lavida\", \"modelYear\": 2025, \"ownerId\": \"$c1\", \"purchaseDate\": \"$(days_ago 100)\", \"mileageKm\": 4300, \"firstServiceDone\": false}"
vehicle "{\"vin\": \"LSVAU2180N2183499\", \"plate\": \"沪B67890\", \"make\": \"Volkswagen\", \"model\": \"Tiguan L\", \"modelYear\": 2023, \"ownerId\": \"$c1\", \"purchaseDate\": \"$(days_ago 900)\", \"mileageKm\": 38200, \"firstServiceDone\": true}"
vehicle "{\"vin\": \"LFV3A23C8P3012345\", \"plate\": \"沪C24680\", \"make\": \"Volkswagen\", \"model\": \"Passat\", \"modelYear\": 2022, \"ownerId\": \"$c2\", \"purchaseDate\": \"$(days_ago 1300)\", \"mileageKm\": 61000, \"firstServiceDone\": true}"
vehicle "{\"vin\": \"LSVAU2180N2183470\", \"plate\": \"沪D13579\", \"make\": \"Volkswagen\", \"model\": \"Lavida\", \"modelYear\": 2024, \"ownerId\": \"$c3\", \"purchaseDate\": \"$(days_ago 400)\", \"mileageKm\": 15800, \"firstServiceDone\": true}"
vehicle "{\"vin\": \"WVWZZZ1KZ8W123456\", \"plate\": \"沪E97531\", \"make\": \"Volkswagen\", \"model\": \"Golf\", \"modelYear\": 2021, \"ownerId\": \"$c4\", \"purchaseDate\": \"$(days_ago 1700)\", \"mileageKm\": 72000, \"firstServiceDone\": true}"

echo "seed: campaigns"
call POST /api/campaigns "{\"code\": \"RC-21-07\", \"title\": \"Recall 21-07: fuel pump\", \"kind\": \"RECALL\",
  \"description\": \"Lavida built in the affected series may have a fuel pump that stops delivering fuel. Replace the pump free of charge; about 1.5 hours.\",
  \"customerScript\": \"The manufacturer is replacing the fuel pump of your Lavida free of charge as a safety precaution. It takes about an hour and a half; may we book you in?\",
  \"labourOperationCodes\": [\"RECALL-FP21\"], \"startsOn\": \"$(days_ago 10)\", \"endsOn\": \"$(date -d '+80 days' +%F)\",
  \"eligibility\": {\"vinFrom\": \"LSVAU2180N2183400\", \"vinTo\": \"LSVAU2180N2183480\"}}" >/dev/null
call POST /api/campaigns "{\"code\": \"WINTER-26\", \"title\": \"Winter check\", \"kind\": \"MAINTENANCE_DRIVE\",
  \"description\": \"Free 20-point winter check: battery, tyres, antifreeze, lights, wipers. Air-conditioning cleaning at 20% off.\",
  \"customerScript\": \"Before the cold sets in we offer a free winter check of your car, and the air-conditioning cleaning at 20% off. Would a morning suit you?\",
  \"labourOperationCodes\": [\"AC-CLEAN\"], \"startsOn\": \"$(days_ago 5)\", \"endsOn\": \"$(date -d '+60 days' +%F)\",
  \"eligibility\": {\"models\": [\"Tiguan L\", \"Passat\", \"Golf\"]}}" >/dev/null

echo "seed: demo dealership loaded (X-Dealer-Id: $DEALER)"
