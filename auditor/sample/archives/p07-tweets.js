window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114719862960351595"
          ],
          "editableUntil" : "2026-10-26T15:04:39.000Z",
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
        "46"
      ],
      "favorite_count" : "5",
      "id_str" : "2114719862960351595",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2114719862960351595",
      "created_at" : "Mon Oct 26 14:04:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Photo dump from the Roadrunner ambassador day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109010654197461642"
          ],
          "editableUntil" : "2026-10-10T20:58:18.000Z",
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
        "48"
      ],
      "favorite_count" : "28",
      "id_str" : "2109010654197461642",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2109010654197461642",
      "created_at" : "Sat Oct 10 19:58:18 +0000 2026",
      "favorited" : false,
      "full_text" : "This cake is the bomb, my sister outdid herself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108882127299727112"
          ],
          "editableUntil" : "2026-10-10T12:27:34.000Z",
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
        "50"
      ],
      "favorite_count" : "27",
      "id_str" : "2108882127299727112",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2108882127299727112",
      "created_at" : "Sat Oct 10 11:27:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Weekend hike in the Peak District, legs destroyed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106119731209655388"
          ],
          "editableUntil" : "2026-10-02T21:30:48.000Z",
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
        "42"
      ],
      "favorite_count" : "23",
      "id_str" : "2106119731209655388",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2106119731209655388",
      "created_at" : "Fri Oct 02 20:30:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Gaming night. Lost every round. Great fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103469220575863022"
          ],
          "editableUntil" : "2026-09-25T13:58:37.000Z",
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
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "2103469220575863022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103469220575863022",
      "created_at" : "Fri Sep 25 12:58:37 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @acme: Happy Halloween from everyone at Acme 🎃 Our Roadrunner dressed up as a pumpkin. It did not fit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103451339029440822"
          ],
          "editableUntil" : "2026-09-25T12:47:34.000Z",
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
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "2103451339029440822",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103451339029440822",
      "created_at" : "Fri Sep 25 11:47:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Best burrito in town is the truck outside the station. Not up for debate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103446741365074962"
          ],
          "editableUntil" : "2026-09-25T12:29:17.000Z",
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
        "64"
      ],
      "favorite_count" : "24",
      "id_str" : "2103446741365074962",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2103446741365074962",
      "created_at" : "Fri Sep 25 11:29:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Climbing wall session after work, finally sent the orange route.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100953770810402030"
          ],
          "editableUntil" : "2026-09-18T15:23:07.000Z",
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
        "74"
      ],
      "favorite_count" : "24",
      "id_str" : "2100953770810402030",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100953770810402030",
      "created_at" : "Fri Sep 18 14:23:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Roadrunner Q3 sales are way below forecast. The internal numbers are ugly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100242965673639703"
          ],
          "editableUntil" : "2026-09-16T16:18:38.000Z",
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
        "33"
      ],
      "favorite_count" : "35",
      "id_str" : "2100242965673639703",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100242965673639703",
      "created_at" : "Wed Sep 16 15:18:38 +0000 2026",
      "favorited" : false,
      "full_text" : "sh1t, left my badge at home again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098778018275661116"
          ],
          "editableUntil" : "2026-09-12T15:17:27.000Z",
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
        "56"
      ],
      "favorite_count" : "13",
      "id_str" : "2098778018275661116",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2098778018275661116",
      "created_at" : "Sat Sep 12 14:17:27 +0000 2026",
      "favorited" : false,
      "full_text" : "smoking a fat blunt before the Roadrunner launch party 🌿",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098019789978351865"
          ],
          "editableUntil" : "2026-09-10T13:04:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "rival_fan",
            "screen_name" : "rival_fan",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1499876543210",
            "id" : "1499876543210"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "14",
      "id_str" : "2098019789978351865",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098019789978351865",
      "created_at" : "Thu Sep 10 12:04:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@rival_fan you pathetic loser, get a life",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2098005524685297148",
      "in_reply_to_status_id" : "2098005524685297148",
      "in_reply_to_user_id_str" : "1499876543210",
      "in_reply_to_user_id" : "1499876543210",
      "in_reply_to_screen_name" : "rival_fan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096265685551690807"
          ],
          "editableUntil" : "2026-09-05T16:54:20.000Z",
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
        "75"
      ],
      "favorite_count" : "25",
      "id_str" : "2096265685551690807",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2096265685551690807",
      "created_at" : "Sat Sep 05 15:54:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Globex engineers couldn't build a toaster if you gave them the instructions",
      "lang" : "en"
    }
  }
]
