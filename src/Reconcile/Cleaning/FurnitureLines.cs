namespace Reconcile.Cleaning;

/// <summary>The page furniture scraped pages carry, as data: lines to drop, and headings after which nothing belongs to the article.</summary>
internal static class FurnitureLines
{
    /// <summary>Whole lines (ignoring case, surrounding space and a trailing colon or ellipsis) that are never article text.</summary>
    public static readonly Text.Lexicon<bool> Drop = Text.Lexicon.Set(
        "advertisement", "advertisements", "advert", "sponsored", "sponsored content", "ad", "logo", "image",
        "image description", "orange background", "comments", "no comments yet", "share", "share this article",
        "share on facebook", "share on twitter", "share on x", "tweet", "email", "print", "read more", "see more",
        "try our ai features", "download the app", "get the app", "download our app", "subscribe",
        "subscribe now", "sign up", "sign in", "log in", "newsletter", "sign up for our newsletter",
        "listen to this article", "follow us", "skip to content", "skip advertisement", "story continues below",
        "article continues below", "continue reading", "scroll to continue", "menu", "search", "close",
        "loading", "view comments", "leave a comment", "add a comment", "photo", "video", "watch", "gallery");

    /// <summary>Headings after which the rest of the page is other stories or site chrome.</summary>
    public static readonly Text.Lexicon<bool> EndOfArticle = Text.Lexicon.Set(
        "related articles", "related stories", "related", "related news", "related content", "more from",
        "more stories", "more news", "recommended", "recommended for you", "read next", "you may also like",
        "you might also like", "most read", "most popular", "trending", "trending now", "also read",
        "more on this story", "latest news", "top stories", "what to read next", "explore more");

    /// <summary>Line openings of app-store, AI-feature and comment blurbs.</summary>
    public static readonly string[] DropPrefixes =
    [
        "explore what", "download the", "get the latest", "available on the app store", "get it on google play",
        "click here", "sign up for", "subscribe to", "follow us on", "this article was", "copyright ©", "© ",
        "all rights reserved", "photo:", "image:", "picture:", "caption:", "credit:", "file photo",
    ];

    /// <summary>Words anywhere in a line that mark it as a photo caption or credit.</summary>
    public static readonly string[] CaptionMarkers =
    [
        "photo by", "file photo", "pool photo", "getty images", "shutterstock", "photograph:", "photo credit",
        "image credit", "photo courtesy", "photos by", "pictured above", "pictured below",
    ];

    /// <summary>Words in a line's closing parenthesis that mark it as a photo credit: "(Name, Agency via AP)".</summary>
    public static readonly string[] CreditMarkers =
    [
        " via ", "/", "ap", "reuters", "afp", "epa", "getty", "sputnik", "xinhua", "bloomberg", "photo", "kcna",
        "yonhap", "tass", "efe", "anadolu", "pool",
    ];
}
