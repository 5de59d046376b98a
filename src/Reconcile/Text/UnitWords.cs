using System.Collections.Generic;

namespace Reconcile.Text;

/// <summary>Unit words and symbols after a figure, and currency words and signs, as data.</summary>
internal static class UnitWords
{
    /// <summary>Physical units written after a figure ("170mm", "500,000 barrels"), to their canonical unit.</summary>
    public static readonly Lexicon<Unit> Physical = new(new Dictionary<string, Unit>
    {
        ["mm"] = new(UnitDimension.Length, "mm"), ["millimetre"] = new(UnitDimension.Length, "mm"), ["millimetres"] = new(UnitDimension.Length, "mm"),
        ["millimeter"] = new(UnitDimension.Length, "mm"), ["millimeters"] = new(UnitDimension.Length, "mm"),
        ["cm"] = new(UnitDimension.Length, "cm"), ["centimetres"] = new(UnitDimension.Length, "cm"), ["centimeters"] = new(UnitDimension.Length, "cm"),
        ["km"] = new(UnitDimension.Length, "km"), ["kilometre"] = new(UnitDimension.Length, "km"), ["kilometres"] = new(UnitDimension.Length, "km"),
        ["kilometer"] = new(UnitDimension.Length, "km"), ["kilometers"] = new(UnitDimension.Length, "km"),
        ["metre"] = new(UnitDimension.Length, "m"), ["metres"] = new(UnitDimension.Length, "m"), ["meter"] = new(UnitDimension.Length, "m"), ["meters"] = new(UnitDimension.Length, "m"),
        ["mile"] = new(UnitDimension.Length, "mi"), ["miles"] = new(UnitDimension.Length, "mi"),
        ["foot"] = new(UnitDimension.Length, "ft"), ["feet"] = new(UnitDimension.Length, "ft"), ["ft"] = new(UnitDimension.Length, "ft"),
        ["inch"] = new(UnitDimension.Length, "in"), ["inches"] = new(UnitDimension.Length, "in"),
        ["kg"] = new(UnitDimension.Mass, "kg"), ["kilogram"] = new(UnitDimension.Mass, "kg"), ["kilograms"] = new(UnitDimension.Mass, "kg"), ["kilos"] = new(UnitDimension.Mass, "kg"),
        ["tonne"] = new(UnitDimension.Mass, "t"), ["tonnes"] = new(UnitDimension.Mass, "t"), ["ton"] = new(UnitDimension.Mass, "t"), ["tons"] = new(UnitDimension.Mass, "t"),
        ["lb"] = new(UnitDimension.Mass, "lb"), ["lbs"] = new(UnitDimension.Mass, "lb"),
        ["barrel"] = new(UnitDimension.Volume, "barrel"), ["barrels"] = new(UnitDimension.Volume, "barrel"), ["bbl"] = new(UnitDimension.Volume, "barrel"),
        ["litre"] = new(UnitDimension.Volume, "l"), ["litres"] = new(UnitDimension.Volume, "l"), ["liter"] = new(UnitDimension.Volume, "l"), ["liters"] = new(UnitDimension.Volume, "l"),
        ["gallon"] = new(UnitDimension.Volume, "gal"), ["gallons"] = new(UnitDimension.Volume, "gal"),
        ["hectare"] = new(UnitDimension.Area, "ha"), ["hectares"] = new(UnitDimension.Area, "ha"), ["acre"] = new(UnitDimension.Area, "acre"), ["acres"] = new(UnitDimension.Area, "acre"),
        ["mph"] = new(UnitDimension.Speed, "mph"), ["kph"] = new(UnitDimension.Speed, "km/h"),
        ["year"] = new(UnitDimension.Duration, "year"), ["years"] = new(UnitDimension.Duration, "year"),
        ["month"] = new(UnitDimension.Duration, "month"), ["months"] = new(UnitDimension.Duration, "month"),
        ["week"] = new(UnitDimension.Duration, "week"), ["weeks"] = new(UnitDimension.Duration, "week"),
        ["day"] = new(UnitDimension.Duration, "day"), ["days"] = new(UnitDimension.Duration, "day"),
        ["hour"] = new(UnitDimension.Duration, "hour"), ["hours"] = new(UnitDimension.Duration, "hour"),
    });

    /// <summary>Currency signs before a figure.</summary>
    public static readonly Lexicon<string> Signs = new(new Dictionary<string, string>
    {
        ["$"] = "USD", ["US$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₩"] = "KRW", ["₽"] = "RUB",
        ["A$"] = "AUD", ["C$"] = "CAD", ["HK$"] = "HKD", ["NZ$"] = "NZD",
    });

    /// <summary>Currency words and codes after (or, for codes, before) a figure.</summary>
    public static readonly Lexicon<string> Words = new(new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY",
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR", ["rouble"] = "RUB",
        ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB", ["sterling"] = "GBP",
        ["usd"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP", ["jpy"] = "JPY", ["cny"] = "CNY", ["inr"] = "INR",
        ["rub"] = "RUB", ["krw"] = "KRW", ["aud"] = "AUD", ["cad"] = "CAD",
    });

    /// <summary>Words for percent after a figure.</summary>
    public static readonly Lexicon<bool> Percent = Lexicon.Set("percent", "pct");
}
