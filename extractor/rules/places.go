package rules

import "strings"

// Countries and other places that act as bodies in the news ("South Africa
// said", "Beijing wants"): a source named so is an organization, never a
// person, and a place leading a run of names ("ambassador to Britain Liu
// Xiaming") is not part of the person's name.
var places = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(placeList, "\n") {
		if p := strings.TrimSpace(line); p != "" {
			m[lower(p)] = true
		}
	}
	return m
}()

// placeFirst maps the first word of every multi-word place to true, so that
// a run of names can be checked for a place at its start cheaply.
var placeFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range places {
		if w, _, ok := strings.Cut(p, " "); ok {
			m[w] = true
		}
	}
	return m
}()

const placeList = `
Afghanistan
Albania
Algeria
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahrain
Bangladesh
Belarus
Belgium
Bolivia
Bosnia
Brazil
Britain
Bulgaria
Burkina Faso
Cambodia
Cameroon
Canada
Chad
Chile
China
Colombia
Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic
Denmark
Ecuador
Egypt
El Salvador
Eritrea
Estonia
Ethiopia
Finland
France
Georgia
Germany
Ghana
Greece
Guatemala
Guinea
Haiti
Honduras
Hong Kong
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Liberia
Libya
Lithuania
Luxembourg
Macau
Madagascar
Malawi
Malaysia
Mali
Malta
Mauritania
Mexico
Moldova
Mongolia
Montenegro
Morocco
Mozambique
Myanmar
Namibia
Nepal
Netherlands
New Zealand
Nicaragua
Niger
Nigeria
North Korea
North Macedonia
Norway
Oman
Pakistan
Palestine
Panama
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia
Rwanda
Saudi Arabia
Senegal
Serbia
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Tibet
Tunisia
Turkey
Turkmenistan
Uganda
Ukraine
United Arab Emirates
United Kingdom
United States
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe
America
Europe
Africa
Asia
Beijing
Moscow
Kremlin
Tehran
Pyongyang
Seoul
Tokyo
Kyiv
Kiev
London
Paris
Berlin
Brussels
Washington
Ottawa
Canberra
New Delhi
Islamabad
Ankara
Riyadh
Cairo
Damascus
Baghdad
Kabul
Jerusalem
Tel Aviv
Caracas
Havana
Mexico City
Brasilia
Madrid
Rome
Warsaw
Hanoi
Manila
Jakarta
Bangkok
Taipei
Doha
Abu Dhabi
`

// isPlace says whether words [a, b) name a place of the list.
func isPlace(toks []token, a, b int) bool {
	if a >= b || b-a > 4 {
		return false
	}
	return places[lower(span2(toks, a, b))]
}

// placeAt returns the end of a place of the list starting at token a (one
// to three words), or a when there is none.
func placeAt(toks []token, a, b int) int {
	for n := min(3, b-a); n >= 1; n-- {
		if n > 1 && !placeFirst[toks[a].low] {
			continue
		}
		if isPlace(toks, a, a+n) {
			return a + n
		}
	}
	return a
}

// span2 joins the words of [a, b) with single spaces.
func span2(toks []token, a, b int) string {
	ws := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		ws = append(ws, toks[i].text)
	}
	return strings.Join(ws, " ")
}

// states are the states of the United States, which the news names as the
// bodies their governors and officials act for ("Ohio Gov. Mark Ruiz") and
// as the homes of everyone else ("Florida businessman Tom Hale").
var states = set(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
	hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
	minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee
	texas utah vermont virginia washington wisconsin wyoming`)

// twoWordStates are the states named in two words, matched whole.
var twoWordStates = set(`new_hampshire new_jersey new_mexico new_york north_carolina north_dakota rhode_island
	south_carolina south_dakota west_virginia`)

// isState says whether s names a U.S. state.
func isState(s string) bool {
	s = lower(s)
	return states[s] || twoWordStates[strings.ReplaceAll(s, " ", "_")]
}

// stateOffices are the offices a state (or a city in it) is the body of:
// only before or after these is a state the affiliation. A senator or a
// representative "of Texas" sits for it in a chamber; a businessman "from
// Florida" lives there.
var stateOffices = set(`governor mayor treasurer comptroller auditor sheriff commissioner councilman
	councilwoman councilmember councilor official officials spokesman spokeswoman spokesperson
	secretary general lieutenant superintendent director chief administrator`)

// stateAffiliation keeps a state as the affiliation only of an office of
// that state.
func stateAffiliation(role, aff string) string {
	if !isState(aff) {
		return aff
	}
	head := role
	if h, _, ok := strings.Cut(role, " of "); ok {
		head = h
	}
	if stateOffices[lower(lastWord(head))] {
		return aff
	}
	return ""
}
