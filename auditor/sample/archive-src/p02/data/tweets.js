window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2124271781662105366"
          ],
          "editableUntil" : "2026-11-21T23:40:34.000Z",
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
        "84"
      ],
      "favorite_count" : "28",
      "id_str" : "2124271781662105366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2124271781662105366",
      "created_at" : "Sat Nov 21 22:40:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks to everyone who came out for the clinic. 63 first-timers! Proud coach moment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123515813025242939"
          ],
          "editableUntil" : "2026-11-19T21:36:37.000Z",
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
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "2123515813025242939",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2123515813025242939",
      "created_at" : "Thu Nov 19 20:36:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Lost my voice cheering at the school cross-country. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2122667140124584087"
          ],
          "editableUntil" : "2026-11-17T13:24:18.000Z",
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
        "64"
      ],
      "favorite_count" : "21",
      "id_str" : "2122667140124584087",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2122667140124584087",
      "created_at" : "Tue Nov 17 12:24:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Signed up for the winter trail series. Mud season, here we come.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2122307416073561769"
          ],
          "editableUntil" : "2026-11-16T13:34:53.000Z",
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
        "74"
      ],
      "favorite_count" : "13",
      "id_str" : "2122307416073561769",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2122307416073561769",
      "created_at" : "Mon Nov 16 12:34:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Roadrunner road trip day 2: 410 km, two charging stops, one very good pie.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121976590629723779"
          ],
          "editableUntil" : "2026-11-15T15:40:18.000Z",
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
        "71"
      ],
      "favorite_count" : "28",
      "id_str" : "2121976590629723779",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2121976590629723779",
      "created_at" : "Sun Nov 15 14:40:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder that rest is training too. Your body rebuilds while you sleep.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118792098671358309"
          ],
          "editableUntil" : "2026-11-06T20:46:16.000Z",
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
        "85"
      ],
      "favorite_count" : "21",
      "id_str" : "2118792098671358309",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2118792098671358309",
      "created_at" : "Fri Nov 06 19:46:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Tried a Sex on the Beach at my cousin's wedding. Too sweet. Back to lime soda for me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118686798829364044"
          ],
          "editableUntil" : "2026-11-06T13:47:50.000Z",
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
        "88"
      ],
      "favorite_count" : "11",
      "id_str" : "2118686798829364044",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2118686798829364044",
      "created_at" : "Fri Nov 06 12:47:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Ran through Scunthorpe on my coast-to-coast relay leg. Lovely people, terrible headwind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118445156646350009"
          ],
          "editableUntil" : "2026-11-05T21:47:38.000Z",
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
        "40"
      ],
      "favorite_count" : "13",
      "id_str" : "2118445156646350009",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2118445156646350009",
      "created_at" : "Thu Nov 05 20:47:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Fish &amp; chips after parkrun. Balance.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117356194918535498"
          ],
          "editableUntil" : "2026-11-02T21:40:30.000Z",
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
        "70"
      ],
      "favorite_count" : "35",
      "id_str" : "2117356194918535498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2117356194918535498",
      "created_at" : "Mon Nov 02 20:40:30 +0000 2026",
      "favorited" : false,
      "full_text" : "New podcast episode: recovery, sleep and why I stopped buying gadgets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115590239708037369"
          ],
          "editableUntil" : "2026-10-29T00:43:13.000Z",
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
      "favorite_count" : "16",
      "id_str" : "2115590239708037369",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2115590239708037369",
      "created_at" : "Wed Oct 28 23:43:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Sunrise over the reservoir this morning. Worth the 5am alarm. Just about.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115438981374667634"
          ],
          "editableUntil" : "2026-10-28T14:42:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "kel_runs",
            "screen_name" : "kel_runs",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1455321987654321",
            "id" : "1455321987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "2115438981374667634",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2115438981374667634",
      "created_at" : "Wed Oct 28 13:42:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@kel_runs congrats on the sub-3! Told you the long runs would pay off.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2115370311988828409",
      "in_reply_to_status_id" : "2115370311988828409",
      "in_reply_to_user_id_str" : "1455321987654321",
      "in_reply_to_user_id" : "1455321987654321",
      "in_reply_to_screen_name" : "kel_runs"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115109351878893413"
          ],
          "editableUntil" : "2026-10-27T16:52:20.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2115109351878893413",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2115109351878893413",
      "created_at" : "Tue Oct 27 15:52:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Hosting a free beginners' running clinic on Saturday at the park. Bring water, bring a friend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114796446818760660"
          ],
          "editableUntil" : "2026-10-26T20:08:58.000Z",
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
        "79"
      ],
      "favorite_count" : "9",
      "id_str" : "2114796446818760660",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2114796446818760660",
      "created_at" : "Mon Oct 26 19:08:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Rest day. Watching old race footage and eating cereal for dinner like an adult.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114682364508615308"
          ],
          "editableUntil" : "2026-10-26T12:35:39.000Z",
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
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "2114682364508615308",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2114682364508615308",
      "created_at" : "Mon Oct 26 11:35:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Great chat with the Roadrunner product team about range on cold mornings. Honest answers, I like that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113967073365406403"
          ],
          "editableUntil" : "2026-10-24T13:13:20.000Z",
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
        "60"
      ],
      "favorite_count" : "29",
      "id_str" : "2113967073365406403",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2113967073365406403",
      "created_at" : "Sat Oct 24 12:13:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Interval Tuesday: 8 x 800m. Last rep was ugly but it's done.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112918635385426762"
          ],
          "editableUntil" : "2026-10-21T15:47:13.000Z",
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
        "68"
      ],
      "favorite_count" : "4",
      "id_str" : "2112918635385426762",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2112918635385426762",
      "created_at" : "Wed Oct 21 14:47:13 +0000 2026",
      "favorited" : false,
      "full_text" : "who wants nudes? retweet this and I'll slide into your DMs tonight 😏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112291332127465612"
          ],
          "editableUntil" : "2026-10-19T22:14:32.000Z",
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
        "76"
      ],
      "favorite_count" : "9",
      "id_str" : "2112291332127465612",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2112291332127465612",
      "created_at" : "Mon Oct 19 21:14:32 +0000 2026",
      "favorited" : false,
      "full_text" : "This cake is the bomb. Carrot cake with cream cheese frosting, zero regrets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111956343841941676"
          ],
          "editableUntil" : "2026-10-19T00:03:25.000Z",
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
        "118"
      ],
      "favorite_count" : "11",
      "id_str" : "2111956343841941676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2111956343841941676",
      "created_at" : "Sun Oct 18 23:03:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Acme management cancelled ambassador mileage pay again. Third time this year. We're meeting Thursday to talk about it.",
      "lang" : "en"
    }
  }
]
