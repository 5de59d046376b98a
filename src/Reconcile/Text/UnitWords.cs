using System.Collections.Generic;
using System.Linq;

namespace Reconcile.Text;

/// <summary>Unit words and symbols after a figure, and currency words and signs, as data.</summary>
/// <remarks>
/// Units with no <see cref="UnitDimension"/> in the domain model (data sizes, power, frequency, fuel economy)
/// are kept as a count of that unit, <c>Unit(Count, "GB")</c>: their symbol keeps them apart from plain
/// counts and from each other, so they are never compared with what they are not.
/// </remarks>
internal static class UnitWords
{
    private static readonly Unit Mm = new(UnitDimension.Length, "mm"), Cm = new(UnitDimension.Length, "cm"), Km = new(UnitDimension.Length, "km"),
        Metre = new(UnitDimension.Length, "m"), Mile = new(UnitDimension.Length, "mi"), Foot = new(UnitDimension.Length, "ft"),
        Inch = new(UnitDimension.Length, "in"), Yard = new(UnitDimension.Length, "yd"), Nm = new(UnitDimension.Length, "nm"),
        Kg = new(UnitDimension.Mass, "kg"), Gram = new(UnitDimension.Mass, "g"), Mg = new(UnitDimension.Mass, "mg"), Ug = new(UnitDimension.Mass, "µg"),
        Tonne = new(UnitDimension.Mass, "t"), Pound = new(UnitDimension.Mass, "lb"), Ounce = new(UnitDimension.Mass, "oz"),
        Barrel = new(UnitDimension.Volume, "barrel"), Litre = new(UnitDimension.Volume, "l"), Ml = new(UnitDimension.Volume, "ml"),
        Gallon = new(UnitDimension.Volume, "gal"), CubicMetre = new(UnitDimension.Volume, "m³"), CubicFoot = new(UnitDimension.Volume, "ft³"),
        Hectare = new(UnitDimension.Area, "ha"), Acre = new(UnitDimension.Area, "acre"), SquareMetre = new(UnitDimension.Area, "m²"),
        SquareKm = new(UnitDimension.Area, "km²"), SquareFoot = new(UnitDimension.Area, "ft²"), SquareMile = new(UnitDimension.Area, "mi²"),
        Mph = new(UnitDimension.Speed, "mph"), Kmh = new(UnitDimension.Speed, "km/h"), Knot = new(UnitDimension.Speed, "kn"),
        Celsius = new(UnitDimension.Temperature, "°C"), Fahrenheit = new(UnitDimension.Temperature, "°F"),
        Year = new(UnitDimension.Duration, "year"), Month = new(UnitDimension.Duration, "month"), Week = new(UnitDimension.Duration, "week"),
        Day = new(UnitDimension.Duration, "day"), Hour = new(UnitDimension.Duration, "hour"), Minute = new(UnitDimension.Duration, "minute"),
        Second = new(UnitDimension.Duration, "second");

    /// <summary>Physical units written after a figure, spaced or glued ("170mm", "500,000 barrels"), to their canonical unit.</summary>
    public static readonly Lexicon<Unit> Physical = new(new Dictionary<string, Unit>
    {
        ["dm"] = new(UnitDimension.Length, "dm"), ["decimetre"] = new(UnitDimension.Length, "dm"), ["decimetres"] = new(UnitDimension.Length, "dm"),
        ["mm"] = Mm, ["millimetre"] = Mm, ["millimetres"] = Mm, ["millimeter"] = Mm, ["millimeters"] = Mm,
        ["cm"] = Cm, ["centimetre"] = Cm, ["centimetres"] = Cm, ["centimeter"] = Cm, ["centimeters"] = Cm,
        ["km"] = Km, ["kilometre"] = Km, ["kilometres"] = Km, ["kilometer"] = Km, ["kilometers"] = Km, ["kms"] = Km,
        ["metre"] = Metre, ["metres"] = Metre, ["meter"] = Metre, ["meters"] = Metre,
        ["nm"] = Nm, ["nanometre"] = Nm, ["nanometres"] = Nm, ["nanometer"] = Nm, ["nanometers"] = Nm,
        ["mile"] = Mile, ["miles"] = Mile, ["mi"] = Mile,
        ["foot"] = Foot, ["feet"] = Foot, ["ft"] = Foot,
        ["inch"] = Inch, ["inches"] = Inch,
        ["yard"] = Yard, ["yards"] = Yard, ["yd"] = Yard, ["yds"] = Yard,
        ["kg"] = Kg, ["kgs"] = Kg, ["kilogram"] = Kg, ["kilograms"] = Kg, ["kilogramme"] = Kg, ["kilogrammes"] = Kg, ["kilo"] = Kg, ["kilos"] = Kg,
        ["gram"] = Gram, ["grams"] = Gram, ["gramme"] = Gram, ["grammes"] = Gram,
        ["mg"] = Mg, ["milligram"] = Mg, ["milligrams"] = Mg, ["µg"] = Ug, ["microgram"] = Ug, ["micrograms"] = Ug, ["mcg"] = Ug,
        ["tonne"] = Tonne, ["tonnes"] = Tonne, ["ton"] = Tonne, ["tons"] = Tonne,
        ["lb"] = Pound, ["lbs"] = Pound, ["ounce"] = Ounce, ["ounces"] = Ounce, ["oz"] = Ounce,
        ["barrel"] = Barrel, ["barrels"] = Barrel, ["bbl"] = Barrel,
        ["litre"] = Litre, ["litres"] = Litre, ["liter"] = Litre, ["liters"] = Litre,
        ["ml"] = Ml, ["millilitre"] = Ml, ["millilitres"] = Ml, ["milliliter"] = Ml, ["milliliters"] = Ml,
        ["gallon"] = Gallon, ["gallons"] = Gallon, ["gal"] = Gallon,
        ["hectare"] = Hectare, ["hectares"] = Hectare, ["ha"] = Hectare, ["acre"] = Acre, ["acres"] = Acre,
        ["sqm"] = SquareMetre, ["m2"] = SquareMetre, ["km2"] = SquareKm, ["sqft"] = SquareFoot,
        ["mph"] = Mph, ["kph"] = Kmh, ["kmh"] = Kmh, ["kmph"] = Kmh, ["knot"] = Knot, ["knots"] = Knot,
        ["celsius"] = Celsius, ["centigrade"] = Celsius, ["fahrenheit"] = Fahrenheit, ["degC"] = Celsius, ["degF"] = Fahrenheit,
        ["year"] = Year, ["years"] = Year, ["month"] = Month, ["months"] = Month, ["week"] = Week, ["weeks"] = Week,
        ["day"] = Day, ["days"] = Day, ["hour"] = Hour, ["hours"] = Hour, ["hrs"] = Hour,
        ["minute"] = Minute, ["minutes"] = Minute, ["min"] = Minute, ["mins"] = Minute,
        ["second"] = Second, ["seconds"] = Second, ["secs"] = Second,
        ["gb"] = Symbol("GB"), ["mb"] = Symbol("MB"), ["tb"] = Symbol("TB"), ["kb"] = Symbol("kB"),
        ["mbps"] = Symbol("Mbps"), ["gbps"] = Symbol("Gbps"), ["kbps"] = Symbol("kbps"),
        ["hz"] = Symbol("Hz"), ["khz"] = Symbol("kHz"), ["mhz"] = Symbol("MHz"), ["ghz"] = Symbol("GHz"),
        ["kw"] = Symbol("kW"), ["mw"] = Symbol("MW"), ["gw"] = Symbol("GW"), ["kwh"] = Symbol("kWh"), ["mwh"] = Symbol("MWh"),
        ["gwh"] = Symbol("GWh"), ["twh"] = Symbol("TWh"), ["watt"] = Symbol("W"), ["watts"] = Symbol("W"),
        ["kilowatt"] = Symbol("kW"), ["kilowatts"] = Symbol("kW"), ["megawatt"] = Symbol("MW"), ["megawatts"] = Symbol("MW"), ["gigawatt"] = Symbol("GW"),
        ["gigawatts"] = Symbol("GW"),
        ["hp"] = Symbol("hp"), ["bhp"] = Symbol("hp"), ["horsepower"] = Symbol("hp"), ["mah"] = Symbol("mAh"),
        ["degree"] = Symbol("°"), ["degrees"] = Symbol("°"),
        ["psi"] = Symbol("psi"), ["ksi"] = Symbol("ksi"), ["kpa"] = Symbol("kPa"), ["mpa"] = Symbol("MPa"), ["hpa"] = Symbol("hPa"),
        ["millibar"] = Symbol("mbar"), ["millibars"] = Symbol("mbar"), ["mbar"] = Symbol("mbar"),
        ["mpg"] = Symbol("mpg"), ["rpm"] = Symbol("rpm"), ["ppm"] = Symbol("ppm"), ["calories"] = Symbol("kcal"), ["kcal"] = Symbol("kcal"),
    });

    /// <summary>Units only read glued to the figure ("45g", "1.0l", "10W", "164p"), too ambiguous when spaced.</summary>
    public static readonly Lexicon<Unit> GluedOnly = new(new Dictionary<string, Unit>
    {
        ["g"] = Gram, ["l"] = Litre, ["t"] = Tonne, ["w"] = Symbol("W"), ["v"] = Symbol("V"), ["kv"] = Symbol("kV"),
        ["p"] = Unit.Currency("GBX"),
    });

    /// <summary>Units of several words, matched longest first ("square feet", "miles per hour", "degrees Celsius").</summary>
    public static readonly (string[] Words, Unit Unit)[] Phrases =
    [
        (["miles", "per", "hour"], Mph), (["mile", "per", "hour"], Mph), (["kilometres", "per", "hour"], Kmh), (["kilometers", "per", "hour"], Kmh),
        (["km", "per", "hour"], Kmh), (["km", "/", "h"], Kmh), (["km", "/", "hr"], Kmh), (["miles", "an", "hour"], Mph), (["mile", "an", "hour"], Mph),
        (["kilometres", "an", "hour"], Kmh), (["kilometers", "an", "hour"], Kmh), (["km", "an", "hour"], Kmh), (["metric", "tons"], Tonne), (["metric", "tonnes"], Tonne),
        (["metric", "ton"], Tonne),
        (["australian", "dollars"], Unit.Currency("AUD")), (["australian", "dollar"], Unit.Currency("AUD")), (["canadian", "dollars"], Unit.Currency("CAD")),
        (["canadian", "dollar"], Unit.Currency("CAD")), (["us", "dollars"], Unit.Currency("USD")), (["us", "dollar"], Unit.Currency("USD")),
        (["u.s.", "dollars"], Unit.Currency("USD")), (["american", "dollars"], Unit.Currency("USD")), (["hong", "kong", "dollars"], Unit.Currency("HKD")),
        (["new", "zealand", "dollars"], Unit.Currency("NZD")), (["singapore", "dollars"], Unit.Currency("SGD")), (["taiwan", "dollars"], Unit.Currency("TWD")),
        (["chinese", "yuan"], Unit.Currency("CNY")), (["japanese", "yen"], Unit.Currency("JPY")), (["swiss", "francs"], Unit.Currency("CHF")),
        (["swiss", "franc"], Unit.Currency("CHF")), (["indian", "rupees"], Unit.Currency("INR")), (["british", "pounds"], Unit.Currency("GBP")),
        (["pounds", "sterling"], Unit.Currency("GBP")), (["south", "korean", "won"], Unit.Currency("KRW")), (["mexican", "pesos"], Unit.Currency("MXN")),
        (["turkish", "lira"], Unit.Currency("TRY")), (["danish", "crowns"], Unit.Currency("DKK")),
        (["danish", "kroner"], Unit.Currency("DKK")), (["swedish", "crowns"], Unit.Currency("SEK")), (["swedish", "kronor"], Unit.Currency("SEK")),
        (["norwegian", "crowns"], Unit.Currency("NOK")), (["norwegian", "kroner"], Unit.Currency("NOK")), (["czech", "crowns"], Unit.Currency("CZK")), (["brazilian", "reais"], Unit.Currency("BRL")), (["south", "african", "rand"], Unit.Currency("ZAR")), (["parts", "per", "million"], Symbol("ppm")),
        (["degrees", "celsius"], Celsius), (["degrees", "centigrade"], Celsius), (["degrees", "fahrenheit"], Fahrenheit),
        (["degree", "celsius"], Celsius), (["degree", "fahrenheit"], Fahrenheit), (["degrees", "c"], Celsius), (["degrees", "f"], Fahrenheit),
        (["deg", "c"], Celsius), (["deg", "f"], Fahrenheit), (["°", "c"], Celsius), (["°", "f"], Fahrenheit), (["°c"], Celsius), (["°f"], Fahrenheit),
        (["square", "metres"], SquareMetre), (["square", "meters"], SquareMetre), (["square", "metre"], SquareMetre), (["square", "meter"], SquareMetre),
        (["square", "kilometres"], SquareKm), (["square", "kilometers"], SquareKm), (["square", "km"], SquareKm), (["sq", "km"], SquareKm),
        (["square", "feet"], SquareFoot), (["square", "foot"], SquareFoot), (["sq", "ft"], SquareFoot), (["sq", "m"], SquareMetre),
        (["square", "miles"], SquareMile), (["square", "mile"], SquareMile), (["sq", "mi"], SquareMile),
        (["cubic", "metres"], CubicMetre), (["cubic", "meters"], CubicMetre), (["cubic", "feet"], CubicFoot),
        (["mpg"], Symbol("mpg")),
    ];

    /// <summary>Currency signs before a figure.</summary>
    public static readonly Lexicon<string> Signs = new(new Dictionary<string, string>
    {
        ["$"] = "USD", ["US$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₩"] = "KRW", ["₽"] = "RUB",
        ["A$"] = "AUD", ["C$"] = "CAD", ["HK$"] = "HKD", ["NZ$"] = "NZD", ["S$"] = "SGD",
    });

    /// <summary>Country letters before or after a dollar sign ("US$5", "HK $3.7 billion", "$US113", "$A82"), to the currency.</summary>
    public static readonly Lexicon<string> DollarCountries = new(new Dictionary<string, string>
    {
        ["US"] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD",
        ["NT"] = "TWD", ["R"] = "BRL", ["Z"] = "ZWL",
    });

    /// <summary>Currency codes and symbols written before a figure, in capitals ("USD 200", "EUR50m", "RM79", "Rs 500").</summary>
    public static readonly Lexicon<string> PrefixCodes = new(new Dictionary<string, string>
    {
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["JPY"] = "JPY", ["CNY"] = "CNY", ["RMB"] = "CNY", ["INR"] = "INR",
        ["Rs"] = "INR", ["AUD"] = "AUD", ["CAD"] = "CAD", ["CHF"] = "CHF", ["HKD"] = "HKD", ["NZD"] = "NZD", ["SGD"] = "SGD",
        ["RM"] = "MYR", ["MYR"] = "MYR", ["KRW"] = "KRW", ["RUB"] = "RUB", ["SEK"] = "SEK", ["NOK"] = "NOK", ["DKK"] = "DKK",
        ["ZAR"] = "ZAR", ["BRL"] = "BRL", ["MXN"] = "MXN", ["TRY"] = "TRY", ["AED"] = "AED", ["SAR"] = "SAR",
    });

    /// <summary>
    /// Codes for millions of a currency, as business news writes them ("30 MUSD", "MEUR 120", "48.5 MGBP", "MSEK 300"):
    /// "M" and a three-letter code of <see cref="PrefixCodes"/>, matched in capitals only.
    /// </summary>
    public static readonly Lexicon<string> MillionCodes = new(PrefixCodes.Words
        .Where(code => code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        .Select(code => new KeyValuePair<string, string>("M" + code, PrefixCodes.TryGet(code, out string? iso) ? iso : code)));

    /// <summary>
    /// Currency signs as ASCII folding writes them, glued before an amount: text that went through a transliteration
    /// table (Python's unidecode, common in scraped news) has "PS2.7m" for "£2.7m". Read only before an amount with
    /// grouping, decimals or a scale ("PS21,700", "PS6m"), so "PS5" stays a games console.
    /// </summary>
    public static readonly Lexicon<string> FoldedSigns = new(new Dictionary<string, string> { ["PS"] = "GBP" });

    /// <summary>Currency words and codes after a figure.</summary>
    public static readonly Lexicon<string> Words = new(new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY",
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR", ["rouble"] = "RUB",
        ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB", ["sterling"] = "GBP", ["won"] = "KRW",
        ["francs"] = "CHF", ["ringgit"] = "MYR", ["rmb"] = "CNY", ["pesos"] = "MXN", ["lira"] = "TRY", ["rand"] = "ZAR",
        ["usd"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP", ["jpy"] = "JPY", ["cny"] = "CNY", ["inr"] = "INR",
        ["rub"] = "RUB", ["krw"] = "KRW", ["aud"] = "AUD", ["cad"] = "CAD", ["chf"] = "CHF", ["sek"] = "SEK", ["nzd"] = "NZD", ["hkd"] = "HKD", ["sgd"] = "SGD",
    });

    /// <summary>Words after a length figure that make a glued "m" metres, not millions ("1.8m tall", "a 37m-long skeleton").</summary>
    public static readonly Lexicon<bool> Extents = Lexicon.Set("tall", "long", "high", "wide", "deep", "thick", "away", "across", "below", "above", "apart", "in", "from", "of");

    /// <summary>Words for "pounds": sterling with a scale word ("5 million pounds"), otherwise a weight ("208 pounds").</summary>
    public static readonly Lexicon<bool> Pounds = Lexicon.Set("pound", "pounds");

    /// <summary>Currency subunits after a figure ("19 cents", "470 pence"), kept as written, not converted.</summary>
    public static readonly Lexicon<Unit> Subunits = new(new Dictionary<string, Unit>
    {
        ["cent"] = new(UnitDimension.Currency, "cent"), ["cents"] = new(UnitDimension.Currency, "cent"),
        ["pence"] = Unit.Currency("GBX"), ["penny"] = Unit.Currency("GBX"), ["pennies"] = Unit.Currency("GBX"),
    });

    /// <summary>Words for percent after a figure ("12 percent", "5pc").</summary>
    public static readonly Lexicon<bool> Percent = Lexicon.Set("percent", "pct", "pc", "percentage", "percents");

    private static Unit Symbol(string symbol) => new(UnitDimension.Count, symbol);
}
