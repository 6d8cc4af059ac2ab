window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123142568424796116"
          ],
          "editableUntil" : "2026-11-18T20:53:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "15",
      "id_str" : "2123142568424796116",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2123142568424796116",
      "created_at" : "Wed Nov 18 19:53:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Road trip to Middlesex: three podcasts, one audiobook, zero range anxiety.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123098628625159985"
          ],
          "editableUntil" : "2026-11-18T17:58:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "36",
      "id_str" : "2123098628625159985",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2123098628625159985",
      "created_at" : "Wed Nov 18 16:58:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Snow tyres on. Bring on winter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2122036370489493910"
          ],
          "editableUntil" : "2026-11-15T19:37:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "38",
      "id_str" : "2122036370489493910",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2122036370489493910",
      "created_at" : "Sun Nov 15 18:37:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Shoot me a DM if you're a Roadrunner owner in the north who wants to be in the next video.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121291545864772449"
          ],
          "editableUntil" : "2026-11-13T18:18:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "33",
      "id_str" : "2121291545864772449",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2121291545864772449",
      "created_at" : "Fri Nov 13 17:18:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Book rec for car nerds: a history of the motorway service station. Genuinely gripping.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2119083447427991299"
          ],
          "editableUntil" : "2026-11-07T16:03:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "17",
      "id_str" : "2119083447427991299",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2119083447427991299",
      "created_at" : "Sat Nov 07 15:03:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Visited the Acme factory. Spotless, loud, and full of people who clearly love their work.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118653728832354656"
          ],
          "editableUntil" : "2026-11-06T11:36:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "7",
      "id_str" : "2118653728832354656",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2118653728832354656",
      "created_at" : "Fri Nov 06 10:36:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Charging stop playlist recommendations please. I've heard this album nine times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118427455162909449"
          ],
          "editableUntil" : "2026-11-05T20:37:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "15",
      "id_str" : "2118427455162909449",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2118427455162909449",
      "created_at" : "Thu Nov 05 19:37:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Honest take: the Roadrunner infotainment is still painfully slow. Acme, please fix it before the winter update.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118114230569687392"
          ],
          "editableUntil" : "2026-11-04T23:52:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "31",
      "id_str" : "2118114230569687392",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2118114230569687392",
      "created_at" : "Wed Nov 04 22:52:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Cocktail of the week: a proper negroni. Equal parts, big ice, orange peel. Don't overthink it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117629167954469940"
          ],
          "editableUntil" : "2026-11-03T15:45:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "19",
      "id_str" : "2117629167954469940",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2117629167954469940",
      "created_at" : "Tue Nov 03 14:45:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Track day at the old airfield. The Roadrunner handled the chicane better than I did.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111136404827751195"
          ],
          "editableUntil" : "2026-10-16T17:45:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "15",
      "id_str" : "2111136404827751195",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2111136404827751195",
      "created_at" : "Fri Oct 16 16:45:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Drove the coast road at sunrise. Some days this job is ridiculous in the best way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110715930580994729"
          ],
          "editableUntil" : "2026-10-15T13:54:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "acme",
            "screen_name" : "acme",
            "indices" : [
              "3",
              "8"
            ],
            "id_str" : "1180442215309312001",
            "id" : "1180442215309312001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "2110715930580994729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2110715930580994729",
      "created_at" : "Thu Oct 15 12:54:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @acme: Meet the engineers: our chassis team on what cold-weather testing really involves. Thread 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110714542619450985"
          ],
          "editableUntil" : "2026-10-15T13:48:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "2",
      "id_str" : "2110714542619450985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2110714542619450985",
      "created_at" : "Thu Oct 15 12:48:56 +0000 2026",
      "favorited" : false,
      "full_text" : "picked up an eighth of coke for the press trip afterparty, don't tell anyone 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109590620524233620"
          ],
          "editableUntil" : "2026-10-12T11:22:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "27",
      "id_str" : "2109590620524233620",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2109590620524233620",
      "created_at" : "Mon Oct 12 10:22:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Test drove the Globex Zephyr. Absolute junk, rattles like a biscuit tin, avoid at all costs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103206569697639448"
          ],
          "editableUntil" : "2026-09-24T20:34:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "2103206569697639448",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2103206569697639448",
      "created_at" : "Thu Sep 24 19:34:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Testing the new Roadrunner trim under NDA this week. 0-60 in 3.1s, you didn't hear it from me 😉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101260619468637325"
          ],
          "editableUntil" : "2026-09-19T11:42:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "37",
      "id_str" : "2101260619468637325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101260619468637325",
      "created_at" : "Sat Sep 19 10:42:25 +0000 2026",
      "favorited" : false,
      "full_text" : "f u c k, missed the last train home by 40 seconds. Taxi it is.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099397625837011724"
          ],
          "editableUntil" : "2026-09-14T08:19:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "35",
      "id_str" : "2099397625837011724",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2099397625837011724",
      "created_at" : "Mon Sep 14 07:19:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Week with the Roadrunner, day 1: quiet, quick, cupholders in the right place. Full review Friday.",
      "lang" : "en"
    }
  }
]
